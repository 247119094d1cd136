package vn.luutru.search.documents;

import org.springframework.http.HttpStatus;

import vn.luutru.search.system.ProblemException;

/**
 * The catalogue holds a document whose original file is no longer in the archive's store.
 */
class OriginalMissing extends ProblemException {

	OriginalMissing(String id) {
		super(HttpStatus.NOT_FOUND, "original-file-missing", "Original file missing",
				"The original file of document " + id + " is missing from the archive's store.");
	}

}
