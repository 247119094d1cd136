package vn.luutru.archive.hocr;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A box in the pixels of the image OCR read, as hOCR's {@code bbox} property states it.
 *
 * @param x0 left edge
 * @param y0 top edge
 * @param x1 right edge
 * @param y1 bottom edge
 */
public record Box(int x0, int y0, int x1, int y1) {

	// Negative coordinates are kept: a region's words may be moved left of or above it.
	static final Pattern BBOX = Pattern.compile("bbox (-?\\d+) (-?\\d+) (-?\\d+) (-?\\d+)");

	/**
	 * The box an hOCR element's {@code title} states ({@code "bbox 40 40 90 60; …"}).
	 * @return the box, or null when the title states none
	 */
	public static @Nullable Box ofTitle(String title) {
		Matcher matcher = BBOX.matcher(title);
		return matcher.find() ? of(matcher) : null;
	}

	static Box of(Matcher bbox) {
		return new Box(Integer.parseInt(bbox.group(1)), Integer.parseInt(bbox.group(2)),
				Integer.parseInt(bbox.group(3)), Integer.parseInt(bbox.group(4)));
	}

	/** The box as an hOCR property. */
	String hocr() {
		return "bbox %d %d %d %d".formatted(this.x0, this.y0, this.x1, this.y1);
	}

}
