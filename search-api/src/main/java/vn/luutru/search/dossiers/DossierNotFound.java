package vn.luutru.search.dossiers;

import org.springframework.http.HttpStatus;

import vn.luutru.search.system.ProblemException;

/** No dossier has this code. */
class DossierNotFound extends ProblemException {

	DossierNotFound(String code) {
		super(HttpStatus.NOT_FOUND, "dossier-not-found", "Dossier not found",
				"No dossier has the code '" + code + "'; import the one-stop system's export first.");
	}

}
