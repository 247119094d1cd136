package vn.luutru.ingest.ocr;

/**
 * Tesseract could not read a page image.
 */
public class OcrFailed extends RuntimeException {

	OcrFailed(String message, Throwable cause) {
		super(message, cause);
	}

}
