package vn.luutru.search.dossiers;

/** No dossier has this code. */
class DossierNotFound extends RuntimeException {

	DossierNotFound(String code) {
		super("No dossier has the code '" + code + "'; import the one-stop system's export first.");
	}

}
