package vn.luutru.archive.jobs;

/**
 * A retry was asked of a job that has no set-aside file left to retry, or of a file the
 * job did not set aside.
 */
public class NothingToRetry extends RuntimeException {

	public NothingToRetry(String message) {
		super(message);
	}

}
