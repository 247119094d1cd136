package vn.luutru.archive.jobs;

/**
 * A folder may not be ingested: outside the ingest roots, in the archive's own data,
 * relative, missing or unreadable. The message says which, in Vietnamese, for staff.
 */
public class FolderRefused extends RuntimeException {

	FolderRefused(String reason) {
		super(reason);
	}

}
