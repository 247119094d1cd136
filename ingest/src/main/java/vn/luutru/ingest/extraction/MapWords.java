package vn.luutru.ingest.extraction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import vn.luutru.archive.hocr.HocrXml;

/**
 * The words of a tiled map's regions brought onto the whole sheet: boxes moved from a
 * region's pixels to the full image's (the region's offset plus the box times the
 * subsampling step), each word kept only by the region that owns its centre so that the
 * overlaps give no duplicates, a line cut by a region's side joined up again, and the
 * result written as the page's text and as one hOCR {@code ocr_page} in the shape
 * Tesseract writes, so that every reader of Tesseract's hOCR reads it unchanged.
 *
 * <p>
 * Pure Java, no Tesseract: the mapping is tested on its own.
 */
final class MapWords {

	private static final Pattern BBOX = Pattern.compile("bbox (-?\\d+) (-?\\d+) (-?\\d+) (-?\\d+)");

	private static final Pattern BASELINE = Pattern.compile("baseline (-?[\\d.]+) (-?[\\d.]+)");

	private static final Pattern CONFIDENCE = Pattern.compile("x_wconf (-?\\d+)");

	private MapWords() {
	}

	/**
	 * One word in full-image pixels.
	 *
	 * @param text the word, NFC
	 * @param x0 left
	 * @param y0 top
	 * @param x1 right
	 * @param y1 bottom
	 * @param confidence Tesseract's confidence 0–100
	 */
	record Word(String text, int x0, int y0, int x1, int y1, int confidence) {
	}

	/**
	 * One line of words in full-image pixels.
	 *
	 * @param row the row of regions it was read in
	 * @param column the column of the region it was read in
	 * @param words its words, left to right
	 * @param slope its baseline's slope
	 * @param baseline the y of its baseline at its left edge
	 */
	record Line(int row, int column, List<Word> words, double slope, double baseline) {

		int x0() {
			return this.words.stream().mapToInt(Word::x0).min().orElse(0);
		}

		int y0() {
			return this.words.stream().mapToInt(Word::y0).min().orElse(0);
		}

		int x1() {
			return this.words.stream().mapToInt(Word::x1).max().orElse(0);
		}

		int y1() {
			return this.words.stream().mapToInt(Word::y1).max().orElse(0);
		}

		String text() {
			return String.join(" ", this.words.stream().map(Word::text).toList());
		}

		/** This line with the words of a line to its right after its own. */
		Line joinedWith(Line right) {
			List<Word> words = new ArrayList<>(this.words);
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
		NodeList spans = HocrXml.parse(hocr).getElementsByTagName("span");
		List<Line> lines = new ArrayList<>();
		List<Word> words = new ArrayList<>();
		// The line's baseline in full-image pixels: through (baseX, baseY) with its
		// slope.
		double slope = 0;
		double baseX = 0;
		double baseY = 0;
		for (int i = 0; i < spans.getLength(); i++) {
			Element span = (Element) spans.item(i);
			String kind = span.getAttribute("class");
			String title = span.getAttribute("title");
			if (isLine(kind)) {
				addLine(lines, region, words, slope, baseX, baseY);
				words = new ArrayList<>();
				int[] box = box(title);
				Matcher matcher = BASELINE.matcher(title);
				boolean hasBaseline = matcher.find();
				slope = hasBaseline ? Double.parseDouble(matcher.group(1)) : 0;
				double offset = hasBaseline ? Double.parseDouble(matcher.group(2)) : 0;
				// hOCR's baseline starts at the line box's bottom left corner; scaling
				// both
				// axes by the step keeps its slope.
				baseX = (box != null) ? region.x() + (double) step * box[0] : region.x();
				baseY = (box != null) ? region.y() + step * (box[3] + offset) : region.y();
			}
			else if (kind.equals("ocrx_word")) {
				int[] box = box(title);
				String text = Normalizer.normalize(span.getTextContent().strip(), Normalizer.Form.NFC);
				if (box == null || text.isEmpty()) {
					continue;
				}
				int x0 = Math.min(width, region.x() + step * box[0]);
				int y0 = Math.min(height, region.y() + step * box[1]);
				int x1 = Math.min(width, region.x() + step * box[2]);
				int y1 = Math.min(height, region.y() + step * box[3]);
				if (region.owns(x0, y0, x1, y1)) {
					Matcher confidence = CONFIDENCE.matcher(title);
					words.add(new Word(text, x0, y0, x1, y1,
							confidence.find() ? Math.clamp(Integer.parseInt(confidence.group(1)), 0, 100) : 0));
				}
			}
		}
		addLine(lines, region, words, slope, baseX, baseY);
		return lines;
	}

	private static void addLine(List<Line> lines, MapRegions.Region region, List<Word> words, double slope,
			double baseX, double baseY) {
		if (words.isEmpty()) {
			return;
		}
		int x0 = words.stream().mapToInt(Word::x0).min().orElseThrow();
		lines.add(new Line(region.row(), region.column(), List.copyOf(words), slope, baseY + slope * (x0 - baseX)));
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
			.mapToInt(Word::confidence)
			.average()
			.orElse(0);
	}

	/**
	 * The page's hOCR {@code ocr_page} element in full-image pixels, one block and
	 * paragraph to a line as Tesseract makes of isolated map lettering.
	 * @param width the full image's width
	 * @param height its height
	 * @param dpi the full image's resolution
	 */
	static String hocr(List<Line> lines, int width, int height, int dpi) {
		StringBuilder hocr = new StringBuilder();
		hocr.append(
				"  <div class='ocr_page' id='page_1' title='image \"\"; bbox 0 0 %d %d; ppageno 0; scan_res %d %d'>\n"
					.formatted(width, height, dpi, dpi));
		int wordNumber = 1;
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			int n = i + 1;
			String box = "bbox %d %d %d %d".formatted(line.x0(), line.y0(), line.x1(), line.y1());
			hocr.append("   <div class='ocr_carea' id='block_1_%d' title=\"%s\">\n".formatted(n, box));
			hocr.append("    <p class='ocr_par' id='par_1_%d' lang='vie' title=\"%s\">\n".formatted(n, box));
			hocr.append("     <span class='ocr_line' id='line_1_%d' title=\"%s; baseline %s %d; x_size %d\">\n"
				.formatted(n, box, String.format(Locale.ROOT, "%.3f", line.slope()),
						Math.round(line.baseline() - line.y1()), line.y1() - line.y0()));
			for (Word word : line.words()) {
				hocr.append(
						"      <span class='ocrx_word' id='word_1_%d' title='bbox %d %d %d %d; x_wconf %d'>%s</span>\n"
							.formatted(wordNumber++, word.x0(), word.y0(), word.x1(), word.y1(), word.confidence(),
									escape(word.text())));
			}
			hocr.append("     </span>\n    </p>\n   </div>\n");
		}
		hocr.append("  </div>\n");
		return hocr.toString();
	}

	private static boolean isLine(String kind) {
		return kind.equals("ocr_line") || kind.equals("ocr_caption") || kind.equals("ocr_textfloat")
				|| kind.equals("ocr_header");
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("'", "&#39;")
			.replace("\"", "&quot;");
	}

	private static int @Nullable [] box(String title) {
		Matcher matcher = BBOX.matcher(title);
		if (!matcher.find()) {
			return null;
		}
		return new int[] { Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
				Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(4)) };
	}

}
