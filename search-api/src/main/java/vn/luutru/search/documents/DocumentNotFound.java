package vn.luutru.search.documents;

import org.springframework.http.HttpStatus;

import vn.luutru.search.system.ProblemException;

/**
 * No document in the catalogue has the requested id (or the id is not of the id format at
 * all).
 */
class DocumentNotFound extends ProblemException {

	private static final String TYPE = "document-not-found";

	private static final String TITLE = "Document not found";

	DocumentNotFound(String id) {
		super(HttpStatus.NOT_FOUND, TYPE, TITLE, "No document has the id '" + id + "'.");
	}

	DocumentNotFound(String id, int page, int pageCount) {
		super(HttpStatus.NOT_FOUND, TYPE, TITLE,
				"Document '" + id + "' has no page " + page + "; its pages are 1 to " + pageCount + ".");
	}

}
