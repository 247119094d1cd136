package vn.luutru.ingest.ocr;

/**
 * The text Tesseract read from one page image.
 *
 * @param text the recognised text, NFC-normalised; empty for a blank page
 * @param meanConfidence mean word confidence, 0–100 (0 when no word was found)
 * @param dpi the resolution the page was recognised at
 * @param rotation how far the page was turned clockwise before recognition, in degrees
 * (0, 90, 180 or 270), so that positions can be mapped back to the original image
 * @param hocr the page's words with their boxes (pixels of the recognised, upright image)
 * and confidences, as Tesseract's hOCR {@code ocr_page} element; empty when not available
 * @param skew the skew of the upright page, in degrees (positive: the sheet lay turned
 * clockwise on the glass): the skew the page was levelled by before OCR when it lay askew
 * by more than Tesseract copes with, otherwise the one Tesseract measured while levelling
 * each text line itself; either way the boxes are in the upright image's pixels, not the
 * levelled one's
 */
public record RecognizedPage(String text, float meanConfidence, int dpi, int rotation, String hocr, float skew) {

	/** This page, recorded as recognised after turning it by the given degrees. */
	RecognizedPage turnedBy(int degrees) {
		return new RecognizedPage(this.text, this.meanConfidence, this.dpi, degrees, this.hocr, this.skew);
	}

}
