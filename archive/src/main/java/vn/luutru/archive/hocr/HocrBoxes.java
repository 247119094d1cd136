package vn.luutru.archive.hocr;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves every box of an hOCR text, and the baseline that follows a line's box, leaving
 * everything else exactly as it was: for Tesseract's hOCR of a page turned level before
 * OCR, put back onto the page as it was scanned.
 */
public final class HocrBoxes {

	private static final Pattern BOX = Pattern.compile(Box.BBOX.pattern() + "(; " + Baseline.BASELINE.pattern() + ")?");

	private HocrBoxes() {
	}

	/** Where boxes and baselines go. */
	public interface Move {

		/** Where a box goes. */
		Box box(Box box);

		/**
		 * Where a line's baseline goes.
		 * @param before the line's box as it was
		 * @param after where {@link #box} moved it
		 */
		Baseline baseline(Box before, Box after, Baseline baseline);

	}

	/** The hOCR with every box and baseline moved. */
	public static String moved(String hocr, Move move) {
		Matcher matcher = BOX.matcher(hocr);
		StringBuilder moved = new StringBuilder(hocr.length() + 256);
		while (matcher.find()) {
			Box before = Box.of(matcher);
			Box after = move.box(before);
			String replacement = after.hocr();
			if (matcher.group(5) != null) {
				Baseline baseline = Baseline.of(matcher.group(6), matcher.group(7));
				replacement += "; " + move.baseline(before, after, baseline).hocr();
			}
			matcher.appendReplacement(moved, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(moved);
		return moved.toString();
	}

}
