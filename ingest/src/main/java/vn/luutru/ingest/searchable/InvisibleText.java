package vn.luutru.ingest.searchable;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import vn.luutru.archive.hocr.HocrWords;

/**
 * Lays text invisibly over a page image: each OCR'd word starts at its box's left edge on
 * its line's baseline, sized to the box's height and stretched to the box's width, as a
 * reader's selection and search highlights expect.
 */
final class InvisibleText {

	private static final float MIN_FONT_SIZE = 1f;

	private InvisibleText() {
	}

	/**
	 * The words of an OCR'd page.
	 * @param scale points per image pixel
	 * @param pageHeight the page's height in points (PDF's y axis points up)
	 */
	static void words(PDPageContentStream content, PDType0Font font, List<HocrWords.Word> words, float scale,
			float pageHeight) throws IOException {
		content.beginText();
		content.setRenderingMode(SearchablePdf.INVISIBLE);
		for (HocrWords.Word word : words) {
			String text = printable(font, word.text());
			float width = (word.x1() - word.x0()) * scale;
			float size = Math.max(MIN_FONT_SIZE, (word.y1() - word.y0()) * scale);
			float natural = font.getStringWidth(text) / 1000f * size;
			if (text.isEmpty() || natural <= 0 || width <= 0) {
				continue;
			}
			content.setFont(font, size);
			content.setHorizontalScaling(100f * width / natural);
			content.setTextMatrix(org.apache.pdfbox.util.Matrix.getTranslateInstance(word.x0() * scale,
					pageHeight - (float) word.baseline() * scale));
			content.showText(text);
		}
		content.endText();
	}

	/** Text without word boxes, one line after another from the top of the page. */
	static void lines(PDPageContentStream content, PDType0Font font, String text, PDRectangle page) throws IOException {
		float size = 8f;
		float y = page.getHeight() - 2 * size;
		content.beginText();
		content.setRenderingMode(SearchablePdf.INVISIBLE);
		content.setFont(font, size);
		for (String line : text.split("\\R")) {
			String printable = printable(font, line.strip());
			if (printable.isEmpty()) {
				continue;
			}
			content.setTextMatrix(org.apache.pdfbox.util.Matrix.getTranslateInstance(size, Math.max(size, y)));
			content.showText(printable);
			y -= size * 1.2f;
		}
		content.endText();
	}

	/**
	 * The text with the characters the font has no glyph for left out (OCR can produce
	 * stray symbols); an invisible layer needs the letters, not every mark.
	 */
	static String printable(PDType0Font font, String text) {
		try {
			font.encode(text);
			return text;
		}
		catch (IOException | IllegalArgumentException ex) {
			// some character has no glyph: keep the others
		}
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints().forEach((c) -> {
			String character = Character.toString(c);
			try {
				font.encode(character);
				kept.append(character);
			}
			catch (IOException | IllegalArgumentException ex) {
				// no glyph: left out
			}
		});
		return kept.toString();
	}

}
