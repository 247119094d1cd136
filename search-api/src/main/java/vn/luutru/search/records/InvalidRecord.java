package vn.luutru.search.records;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import vn.luutru.search.system.ProblemException;

/**
 * A description, file or decision an archivist sent breaks the rules; every broken rule
 * is listed in the problem's {@code errors}, in Vietnamese, so a form can show them all.
 */
class InvalidRecord extends ProblemException {

	private final List<String> errors;

	InvalidRecord(List<String> errors) {
		super(HttpStatus.BAD_REQUEST, "invalid-record", "Invalid archival description", String.join(" ", errors));
		this.errors = List.copyOf(errors);
	}

	@Override
	public ProblemDetail problem() {
		ProblemDetail problem = super.problem();
		problem.setProperty("errors", this.errors);
		return problem;
	}

}
