package vn.luutru.search.dossiers;

/** An export that cannot be imported at all (as opposed to some bad rows in it). */
class InvalidImport extends RuntimeException {

	InvalidImport(String message) {
		super(message);
	}

}
