package vn.luutru.ingest.extraction;

/**
 * Where a page's text came from.
 */
public enum TextSource {

	/** The PDF's own text layer, judged to be real text. */
	TEXT_LAYER("text-layer"),

	/** Tesseract, from the page image. */
	OCR("ocr"),

	/** No text: a blank page. */
	NONE("none"),

	/**
	 * The page could not be read (a damaged frame, OCR failing twice); the job records
	 * why.
	 */
	FAILED("failed");

	private final String value;

	TextSource(String value) {
		this.value = value;
	}

	/** The value stored in the index and the catalogue. */
	public String value() {
		return this.value;
	}

}
