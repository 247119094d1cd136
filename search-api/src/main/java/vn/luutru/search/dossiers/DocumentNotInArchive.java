package vn.luutru.search.dossiers;

import org.springframework.http.HttpStatus;

import vn.luutru.search.system.ProblemException;

/** A link names a document the archive does not hold. */
class DocumentNotInArchive extends ProblemException {

	DocumentNotInArchive(String id) {
		super(HttpStatus.NOT_FOUND, "document-not-found", "Document not found", "No document has the id '" + id + "'.");
	}

}
