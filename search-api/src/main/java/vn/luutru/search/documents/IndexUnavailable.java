package vn.luutru.search.documents;

/**
 * Elasticsearch could not be reached or could not answer, so the archive index cannot be
 * read.
 */
class IndexUnavailable extends RuntimeException {

	IndexUnavailable(Throwable cause) {
		super("The archive index cannot be read right now; try again later.", cause);
	}

}
