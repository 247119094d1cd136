package vn.luutru.archive.process;

/**
 * An embedded service could not be installed, started or stopped; the message says what
 * to do.
 */
public class ServiceFailed extends RuntimeException {

	public ServiceFailed(String message) {
		super(message);
	}

	public ServiceFailed(String message, Throwable cause) {
		super(message, cause);
	}

}
