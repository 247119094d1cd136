package vn.luutru.search.jobs;

/**
 * The folder given to ingest is missing, not absolute, not a folder, or not readable by
 * the server.
 */
class FolderNotIngestible extends RuntimeException {

	FolderNotIngestible(String message) {
		super(message);
	}

}
