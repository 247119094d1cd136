package vn.luutru.search.documents;

/**
 * The catalogue holds a document whose original file is no longer in the archive's store.
 */
class OriginalMissing extends RuntimeException {

	OriginalMissing(String id) {
		super("The original file of document " + id + " is missing from the archive's store.");
	}

}
