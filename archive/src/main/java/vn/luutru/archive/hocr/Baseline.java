package vn.luutru.archive.hocr;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text line's baseline as hOCR states it: a straight line from the line box's bottom
 * left corner, raised or lowered by {@code offset}, with {@code slope}.
 *
 * @param slope pixels down per pixel to the right
 * @param offset pixels below the line box's bottom left corner (negative: above it)
 */
public record Baseline(double slope, double offset) {

	/**
	 * A line whose title states no baseline: its words stand on the line box's bottom.
	 */
	public static final Baseline NONE = new Baseline(0, 0);

	static final Pattern BASELINE = Pattern.compile("baseline (-?[\\d.]+) (-?[\\d.]+)");

	static Baseline ofTitle(String title) {
		Matcher matcher = BASELINE.matcher(title);
		return matcher.find() ? of(matcher.group(1), matcher.group(2)) : NONE;
	}

	static Baseline of(String slope, String offset) {
		return new Baseline(Double.parseDouble(slope), Double.parseDouble(offset));
	}

	/**
	 * The baseline as an hOCR property, the offset in whole pixels as Tesseract writes
	 * it.
	 */
	String hocr() {
		return String.format(Locale.ROOT, "baseline %.3f %d", this.slope, Math.round(this.offset));
	}

}
