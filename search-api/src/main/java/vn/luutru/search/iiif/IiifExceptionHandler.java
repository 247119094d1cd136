package vn.luutru.search.iiif;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers the IIIF endpoints' failures with RFC 9457 problem details, like the rest of
 * the API, so that a viewer's failed tile shows why in the browser's network panel.
 */
@RestControllerAdvice(basePackageClasses = IiifExceptionHandler.class)
class IiifExceptionHandler {

	@ExceptionHandler
	ProblemDetail notFound(IiifNotFound ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setType(URI.create("tag:luutru,2025:problem/iiif-not-found"));
		problem.setTitle("IIIF resource not found");
		return problem;
	}

}
