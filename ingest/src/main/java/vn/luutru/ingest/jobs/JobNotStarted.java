package vn.luutru.ingest.jobs;

/**
 * An ingestion job could not be started (the job repository refused it, or is
 * unreachable).
 */
public class JobNotStarted extends RuntimeException {

	JobNotStarted(String message, Throwable cause) {
		super(message, cause);
	}

}
