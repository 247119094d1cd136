package vn.luutru.ingest.ocr;

/**
 * Tesseract could not read a page image; the file is set aside, the batch goes on.
 */
public class OcrFailed extends RuntimeException {

	public OcrFailed(String message) {
		super(message);
	}

	public OcrFailed(String message, Throwable cause) {
		super(message, cause);
	}

}
