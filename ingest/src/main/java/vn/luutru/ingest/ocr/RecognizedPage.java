package vn.luutru.ingest.ocr;

/**
 * What OCR read from one page image.
 *
 * @param text the text, NFC-normalised
 * @param meanConfidence Tesseract's mean word confidence, 0–100
 * @param dpi the resolution the image was declared to have
 */
public record RecognizedPage(String text, float meanConfidence, int dpi) {
}
