package vn.luutru.ingest.ocr;

/**
 * The text Tesseract read from one page image.
 *
 * @param text the recognised text, NFC-normalised; empty for a blank page
 * @param meanConfidence mean word confidence, 0–100 (0 when no word was found)
 * @param dpi the resolution the page was recognised at
 */
public record RecognizedPage(String text, float meanConfidence, int dpi) {
}
