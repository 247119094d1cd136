package vn.luutru.search.documents;

import org.springframework.http.HttpStatus;

import vn.luutru.search.system.ProblemException;

/**
 * A page has no word boxes: its text came from the PDF's own text layer, or it was
 * ingested before word boxes were kept.
 */
class NoWordBoxes extends ProblemException {

	NoWordBoxes(String id, int page) {
		super(HttpStatus.NOT_FOUND, "no-word-boxes", "No word boxes",
				"Page " + page + " of document '" + id + "' has no OCR word boxes: its text was not read by OCR.");
	}

}
