package vn.luutru.search.jobs;

/**
 * A job request could not be recorded (the database is unreachable, say).
 */
class JobNotStarted extends RuntimeException {

	JobNotStarted(String message, Throwable cause) {
		super(message, cause);
	}

}
