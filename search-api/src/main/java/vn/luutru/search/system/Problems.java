package vn.luutru.search.system;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem details as every endpoint answers them: the type a tag URI (RFC 4151)
 * that names the problem without promising a page to fetch (docs/api.md lists them), a
 * short title, and a detail saying what to fix.
 */
public final class Problems {

	static final String TYPE_PREFIX = "tag:luutru,2025:problem/";

	private Problems() {
	}

	/**
	 * A problem detail.
	 * @param type the problem's name, such as {@code document-not-found}
	 */
	public static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_PREFIX + type));
		problem.setTitle(title);
		return problem;
	}

}
