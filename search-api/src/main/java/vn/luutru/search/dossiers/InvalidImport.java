package vn.luutru.search.dossiers;

import org.springframework.http.HttpStatus;

import vn.luutru.search.system.ProblemException;

/** An export that cannot be imported at all (as opposed to some bad rows in it). */
class InvalidImport extends ProblemException {

	InvalidImport(String message) {
		super(HttpStatus.BAD_REQUEST, "invalid-dossier-import", "Export cannot be imported", message);
	}

}
