package vn.luutru.ingest.maps;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import vn.luutru.archive.hocr.Baseline;
import vn.luutru.archive.hocr.Box;
import vn.luutru.archive.hocr.HocrLine;
import vn.luutru.archive.hocr.HocrLines;
import vn.luutru.archive.hocr.HocrPage;
import vn.luutru.archive.hocr.HocrWord;

/**
 * The words of a tiled map's regions brought onto the whole sheet: boxes moved from a
 * region's pixels to the full image's (the region's offset plus the box times the
 * subsampling step), each word kept only by the region that owns its centre so that the
 * overlaps give no duplicates, a line cut by a region's side joined up again, and the
 * result written as the page's text and as one hOCR {@code ocr_page} in the shape
 * Tesseract writes ({@link HocrPage}).
 *
 * <p>
 * Pure Java, no Tesseract: the mapping is tested on its own.
 */
final class MapWords {

	private MapWords() {
	}

	/**
	 * One line of words in full-image pixels.
	 *
	 * @param row the row of regions it was read in
	 * @param column the column of the region it was read in
	 * @param words its words in full-image pixels, left to right
	 * @param slope its baseline's slope
	 * @param baseline the y of its baseline at its left edge
	 */
	record Line(int row, int column, List<HocrWord> words, double slope, double baseline) {

		int x0() {
			return this.words.stream().mapToInt((word) -> word.box().x0()).min().orElse(0);
		}

		int y0() {
			return this.words.stream().mapToInt((word) -> word.box().y0()).min().orElse(0);
		}

		int x1() {
			return this.words.stream().mapToInt((word) -> word.box().x1()).max().orElse(0);
		}

		int y1() {
			return this.words.stream().mapToInt((word) -> word.box().y1()).max().orElse(0);
		}

		String text() {
			return String.join(" ", this.words.stream().map(HocrWord::text).toList());
		}

		/**
		 * The line as hOCR states it: its box, and its baseline from the box's corner.
		 */
		HocrLine hocr() {
			return new HocrLine(new Box(x0(), y0(), x1(), y1()), new Baseline(this.slope, this.baseline - y1()),
					this.words);
		}

		/** This line with the words of a line to its right after its own. */
		Line joinedWith(Line right) {
			List<HocrWord> words = new ArrayList<>(this.words);
			words.addAll(right.words);
			return new Line(this.row, right.column, List.copyOf(words), this.slope, this.baseline);
		}

	}

	/**
	 * The lines of one region's hOCR in full-image pixels, with only the words whose
	 * centre the region owns; lines left without a word are dropped.
	 * @param hocr the region's hOCR, in the pixels of the region as decoded
	 * @param region where the region lies in the full image
	 * @param step the subsampling step the region was decoded with
	 * @param width the full image's width, which no box passes
	 * @param height its height
	 */
	static List<Line> owned(String hocr, MapRegions.Region region, int step, int width, int height) {
		if (hocr.isBlank()) {
			return List.of();
		}
		List<Line> lines = new ArrayList<>();
		for (HocrLine read : HocrLines.of(hocr)) {
			List<HocrWord> words = new ArrayList<>();
			for (HocrWord word : read.words()) {
				Box box = word.box();
				Box onSheet = new Box(Math.min(width, region.x() + step * box.x0()),
						Math.min(height, region.y() + step * box.y0()), Math.min(width, region.x() + step * box.x1()),
						Math.min(height, region.y() + step * box.y1()));
				if (region.owns(onSheet.x0(), onSheet.y0(), onSheet.x1(), onSheet.y1())) {
					words.add(new HocrWord(word.text(), onSheet, word.confidence()));
				}
			}
			if (!words.isEmpty()) {
				lines.add(line(read, region, step, words));
			}
		}
		return lines;
	}

	/**
	 * A line of owned words with its baseline in full-image pixels: hOCR's baseline
	 * starts at the line box's bottom left corner, and scaling both axes by the step
	 * keeps its slope.
	 */
	private static Line line(HocrLine read, MapRegions.Region region, int step, List<HocrWord> words) {
		Box box = read.box();
		double slope = read.baseline().slope();
		double baseX = (box != null) ? region.x() + (double) step * box.x0() : region.x();
		double baseY = (box != null) ? region.y() + step * (box.y1() + read.baseline().offset()) : region.y();
		int x0 = words.stream().mapToInt((word) -> word.box().x0()).min().orElseThrow();
		return new Line(region.row(), region.column(), List.copyOf(words), slope, baseY + slope * (x0 - baseX));
	}

	/**
	 * All regions' lines in reading order: by row of regions, then region by region left
	 * to right, each region's lines as Tesseract gave them; a line that a region's right
	 * side cut is joined with its rest from the next region.
	 * @param regions the lines of each region, in the regions' order (row by row)
	 */
	static List<Line> readingOrder(List<List<Line>> regions) {
		List<Line> ordered = new ArrayList<>();
		for (List<Line> region : regions) {
			for (Line line : region) {
				int left = continued(ordered, line);
				if (left >= 0) {
					ordered.set(left, ordered.get(left).joinedWith(line));
				}
				else {
					ordered.add(line);
				}
			}
		}
		return ordered;
	}

	/**
	 * The index of the line, read in the region to the left, that {@code line} goes on:
	 * same row of regions, mostly the same height on the sheet, and starting about a word
	 * gap after it ends; -1 when none.
	 */
	private static int continued(List<Line> ordered, Line line) {
		for (int i = ordered.size() - 1; i >= 0; i--) {
			Line left = ordered.get(i);
			if (left.row() != line.row()) {
				return -1;
			}
			if (left.column() != line.column() - 1) {
				continue;
			}
			int height = Math.max(left.y1() - left.y0(), line.y1() - line.y0());
			int overlap = Math.min(left.y1(), line.y1()) - Math.max(left.y0(), line.y0());
			int shorter = Math.min(left.y1() - left.y0(), line.y1() - line.y0());
			int gap = line.x0() - left.x1();
			if (2 * overlap >= shorter && gap >= -height / 2 && gap <= 3 * height / 2) {
				return i;
			}
		}
		return -1;
	}

	/** The page's text: one line a line, NFC. */
	static String text(List<Line> lines) {
		StringBuilder text = new StringBuilder();
		for (Line line : lines) {
			text.append(line.text()).append('\n');
		}
		return Normalizer.normalize(text.toString().strip(), Normalizer.Form.NFC);
	}

	/** The mean confidence of the words, 0 when there are none (as Tesseract says). */
	static float meanConfidence(List<Line> lines) {
		return (float) lines.stream()
			.flatMap((line) -> line.words().stream())
			.mapToInt(HocrWord::confidence)
			.average()
			.orElse(0);
	}

	/**
	 * The page's hOCR {@code ocr_page} element in full-image pixels.
	 * @param width the full image's width
	 * @param height its height
	 * @param dpi the full image's resolution
	 */
	static String hocr(List<Line> lines, int width, int height, int dpi) {
		return HocrPage.write(lines.stream().map(Line::hocr).toList(), width, height, dpi);
	}

}
