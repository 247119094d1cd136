package vn.luutru.search.system;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A failure the API answers as an RFC 9457 problem: the exception names its problem's
 * status, type and title where it is defined, and its message is the detail. Features
 * throw their own subclasses, named for what happened ({@code DossierNotFound}), and need
 * no exception handler of their own.
 */
public abstract class ProblemException extends RuntimeException {

	private final HttpStatus status;

	private final String type;

	private final String title;

	/**
	 * A problem.
	 * @param type its name, such as {@code document-not-found} (docs/api.md lists them)
	 * @param detail what went wrong and what to do, the exception's message
	 */
	protected ProblemException(HttpStatus status, String type, String title, String detail) {
		this(status, type, title, detail, null);
	}

	/** A problem that another failure caused. */
	protected ProblemException(HttpStatus status, String type, String title, String detail, @Nullable Throwable cause) {
		super(detail, cause);
		this.status = status;
		this.type = type;
		this.title = title;
	}

	/** The answer to the request that failed. */
	public ProblemDetail problem() {
		return Problems.of(this.status, this.type, this.title, String.valueOf(getMessage()));
	}

}
