package vn.luutru.archive.corrections;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import vn.luutru.archive.hocr.Box;
import vn.luutru.archive.hocr.HocrLine;
import vn.luutru.archive.hocr.HocrWord;

/**
 * Applies line corrections to a page's OCR lines: a corrected line keeps its box and
 * baseline and gets the corrected words. When the word count is unchanged each word keeps
 * its box; otherwise the line's box is shared out over the new words in proportion to
 * their length, which puts a hit box near enough to the word on the scan.
 */
public final class CorrectedLines {

	/**
	 * How much of the larger of two boxes they must share to be the same line: a re-OCR
	 * moves a line's box by a few pixels, a neighbouring line shares almost nothing.
	 */
	static final double SAME_LINE = 0.5;

	/** The confidence of a word an officer typed. */
	static final int CORRECTED = 100;

	private CorrectedLines() {
	}

	/** The lines with every correction that names one of them applied. */
	public static List<HocrLine> apply(List<HocrLine> lines, List<LineCorrection> corrections) {
		List<HocrLine> corrected = new ArrayList<>(lines.size());
		for (HocrLine line : lines) {
			Optional<LineCorrection> correction = (line.box() != null) ? matching(line.box(), corrections)
					: Optional.empty();
			corrected.add(correction.map((c) -> corrected(line, c.text())).orElse(line));
		}
		return corrected;
	}

	/**
	 * The correction whose line is this box: the first in the list that shares enough of
	 * it, so a list ordered newest first gives the latest text of a line whose box a
	 * re-OCR moved and an officer corrected again.
	 */
	public static Optional<LineCorrection> matching(Box box, List<LineCorrection> corrections) {
		return corrections.stream().filter((correction) -> overlap(box, correction.line()) >= SAME_LINE).findFirst();
	}

	/** The shared area of two boxes over the area of the larger. */
	static double overlap(Box a, Box b) {
		long width = Math.max(0, Math.min(a.x1(), b.x1()) - Math.max(a.x0(), b.x0()));
		long height = Math.max(0, Math.min(a.y1(), b.y1()) - Math.max(a.y0(), b.y0()));
		double larger = Math.max(area(a), area(b));
		return (larger > 0) ? width * height / larger : 0;
	}

	private static double area(Box box) {
		return (double) Math.max(0, box.x1() - box.x0()) * Math.max(0, box.y1() - box.y0());
	}

	/** The line's text as a reader of the page's text sees it. */
	public static String text(HocrLine line) {
		return String.join(" ", line.words().stream().map(HocrWord::text).toList());
	}

	private static HocrLine corrected(HocrLine line, String text) {
		List<String> words = Arrays.stream(text.strip().split("\\s+")).filter((w) -> !w.isEmpty()).toList();
		if (words.equals(line.words().stream().map(HocrWord::text).toList())) {
			return line;
		}
		List<HocrWord> placed = new ArrayList<>(words.size());
		if (words.size() == line.words().size()) {
			for (int i = 0; i < words.size(); i++) {
				placed.add(new HocrWord(words.get(i), line.words().get(i).box(), CORRECTED));
			}
		}
		else {
			placed.addAll(spread(line.box(), words));
		}
		return new HocrLine(line.box(), line.baseline(), placed);
	}

	/** The words laid over the box, each as wide as its share of the letters. */
	static List<HocrWord> spread(Box box, List<String> words) {
		int letters = words.stream().mapToInt(String::length).sum() + Math.max(0, words.size() - 1);
		double perLetter = (double) (box.x1() - box.x0()) / Math.max(1, letters);
		List<HocrWord> placed = new ArrayList<>(words.size());
		double x = box.x0();
		for (String word : words) {
			double end = x + word.length() * perLetter;
			placed.add(new HocrWord(word, new Box((int) Math.round(x), box.y0(), (int) Math.round(end), box.y1()),
					CORRECTED));
			x = end + perLetter;
		}
		return placed;
	}

}
