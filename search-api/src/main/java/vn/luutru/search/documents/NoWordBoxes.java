package vn.luutru.search.documents;

/**
 * A page has no word boxes: its text came from the PDF's own text layer, or it was
 * ingested before word boxes were kept.
 */
class NoWordBoxes extends RuntimeException {

	NoWordBoxes(String id, int page) {
		super("Page " + page + " of document '" + id + "' has no OCR word boxes: its text was not read by OCR.");
	}

}
