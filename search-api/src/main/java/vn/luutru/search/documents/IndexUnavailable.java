package vn.luutru.search.documents;

import org.springframework.http.HttpStatus;

import vn.luutru.search.system.ProblemException;

/**
 * Elasticsearch could not be reached or could not answer, so the archive index cannot be
 * read.
 */
class IndexUnavailable extends ProblemException {

	IndexUnavailable(Throwable cause) {
		super(HttpStatus.SERVICE_UNAVAILABLE, "archive-index-unavailable", "Archive index unavailable",
				"The archive index cannot be read right now; try again later.", cause);
	}

}
