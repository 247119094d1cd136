package vn.luutru.samples;

import java.text.Normalizer;

/**
 * A paragraph of a sample page; wrapped to the width of its column when laid out.
 *
 * @param text the text, kept in NFC
 * @param style its type style
 * @param centered centred in its column, else flush left
 * @param spaceBefore extra space above it, in points
 */
record Paragraph(String text, Style style, boolean centered, float spaceBefore) {

	Paragraph {
		text = Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	static Paragraph left(Style style, String text) {
		return new Paragraph(text, style, false, 0);
	}

	static Paragraph centered(Style style, String text) {
		return new Paragraph(text, style, true, 0);
	}

	/** Body text: flush left, a little apart from the previous paragraph. */
	static Paragraph body(String text) {
		return new Paragraph(text, Style.REGULAR, false, 4);
	}

	Paragraph after(float points) {
		return new Paragraph(this.text, this.style, this.centered, points);
	}

}
