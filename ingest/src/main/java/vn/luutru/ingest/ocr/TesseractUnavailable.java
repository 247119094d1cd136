package vn.luutru.ingest.ocr;

/**
 * Tesseract or the language data it needs is not installed; the message names the Debian
 * packages.
 */
public class TesseractUnavailable extends RuntimeException {

	TesseractUnavailable(String message) {
		super(message);
	}

	TesseractUnavailable(String message, Throwable cause) {
		super(message, cause);
	}

}
