package vn.luutru.search.system;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers every feature's {@link ProblemException} with its problem: the one mapping of
 * failures to problem details, where each feature used to copy its own.
 */
@RestControllerAdvice
class ProblemExceptionHandler {

	@ExceptionHandler
	ProblemDetail problem(ProblemException ex) {
		return ex.problem();
	}

}
