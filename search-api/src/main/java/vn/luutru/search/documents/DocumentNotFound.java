package vn.luutru.search.documents;

/**
 * No document in the catalogue has the requested id (or the id is not of the id format at
 * all).
 */
class DocumentNotFound extends RuntimeException {

	DocumentNotFound(String id) {
		super("No document has the id '" + id + "'.");
	}

	DocumentNotFound(String id, int page, int pageCount) {
		super("Document '" + id + "' has no page " + page + "; its pages are 1 to " + pageCount + ".");
	}

}
