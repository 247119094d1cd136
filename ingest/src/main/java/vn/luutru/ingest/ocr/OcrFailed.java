package vn.luutru.ingest.ocr;

/**
 * Tesseract could not read a page image; the file is set aside, the batch goes on.
 */
public class OcrFailed extends RuntimeException {

	OcrFailed(String message) {
		super(message);
	}

	OcrFailed(String message, Throwable cause) {
		super(message, cause);
	}

}
