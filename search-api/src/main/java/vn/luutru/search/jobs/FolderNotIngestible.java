package vn.luutru.search.jobs;

/**
 * No folder was given to ingest. (A folder given that may not be ingested is the
 * archive's {@code FolderRefused}.)
 */
class FolderNotIngestible extends RuntimeException {

	FolderNotIngestible(String message) {
		super(message);
	}

}
