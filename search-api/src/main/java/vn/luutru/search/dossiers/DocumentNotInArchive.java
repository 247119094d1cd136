package vn.luutru.search.dossiers;

/** A link names a document the archive does not hold. */
class DocumentNotInArchive extends RuntimeException {

	DocumentNotInArchive(String id) {
		super("No document has the id '" + id + "'.");
	}

}
