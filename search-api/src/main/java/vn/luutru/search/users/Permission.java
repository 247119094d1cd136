package vn.luutru.search.users;

/**
 * Something a role allows. Endpoints are guarded by permissions rather than by role
 * names, so that what a role may do is written in one place ({@link Role}).
 */
public enum Permission {

	/**
	 * Search the archive, open documents, read dossiers (personal data masked) and
	 * statistics.
	 */
	SEARCH,

	/** Attach documents to dossiers and detach them; see the suggested dossiers. */
	LINK_DOSSIERS,

	/** See applicants' ID numbers and phones unmasked (each viewing is audited). */
	PERSONAL_DATA,

	/**
	 * Describe documents by the national archival standard and arrange them in archival
	 * files.
	 */
	DESCRIBE_RECORDS,

	/**
	 * Record appraisal decisions on files due for review (keep, extend, destroy) and
	 * confirm another administrator's destruction.
	 */
	APPRAISE_RECORDS,

	/** Correct pages' OCR text line by line, and revert corrections. */
	CORRECT_TEXT,

	/**
	 * Download a dossier's or a search's documents as an archival package (personal data
	 * in it also needs {@link #PERSONAL_DATA}; each download is audited).
	 */
	EXPORT,

	/** Start ingestion jobs and watch them; upload batches of scans to ingest. */
	RUN_JOBS,

	/**
	 * Register the folders whose scans workers ingest as they arrive, and remove them.
	 */
	WATCH_FOLDERS,

	/** Import the one-stop system's exports. */
	IMPORT_DOSSIERS,

	/** Create users, change their roles and passwords, disable them. */
	MANAGE_USERS,

	/** Read the audit log and the fixity checks' findings (which it also records). */
	READ_AUDIT;

	/** The Spring Security authority that stands for this permission. */
	public String authority() {
		return "PERM_" + name();
	}

}
