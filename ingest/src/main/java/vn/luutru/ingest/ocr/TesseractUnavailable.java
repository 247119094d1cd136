package vn.luutru.ingest.ocr;

/**
 * Tesseract, its native libraries or a requested language model is missing on this
 * machine.
 */
public class TesseractUnavailable extends RuntimeException {

	/**
	 * The Debian 12 packages that provide Tesseract, Vietnamese and the libraries tess4j
	 * loads.
	 */
	public static final String DEBIAN_PACKAGES = "tesseract-ocr tesseract-ocr-vie libtesseract-dev libleptonica-dev";

	public TesseractUnavailable(String problem) {
		super(problem + ". On Debian 12 install: sudo apt-get install -y " + DEBIAN_PACKAGES);
	}

	TesseractUnavailable(String problem, Throwable cause) {
		super(problem + ". On Debian 12 install: sudo apt-get install -y " + DEBIAN_PACKAGES, cause);
	}

}
