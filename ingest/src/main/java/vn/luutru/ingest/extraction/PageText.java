package vn.luutru.ingest.extraction;

import org.jspecify.annotations.Nullable;

/**
 * The text of one page.
 *
 * @param number 1-based page number
 * @param text NFC text
 * @param source where it came from
 * @param confidence mean OCR confidence 0–100 when OCR'd
 * @param hocr the OCR'd words with boxes and confidences (hOCR {@code ocr_page}), when
 * OCR'd
 * @param rotation clockwise turn applied before OCR, in degrees
 */
public record PageText(int number, String text, TextSource source, @Nullable Float confidence, @Nullable String hocr,
		int rotation) {

	/** A page whose text came from the PDF's own text layer. */
	static PageText fromTextLayer(int number, String text) {
		return new PageText(number, text, TextSource.TEXT_LAYER, null, null, 0);
	}

}
