package vn.luutru.search.jobs;

/**
 * No ingestion job execution has the requested id.
 */
class JobNotFound extends RuntimeException {

	JobNotFound(long id) {
		super("No ingestion job has the id " + id + ".");
	}

}
