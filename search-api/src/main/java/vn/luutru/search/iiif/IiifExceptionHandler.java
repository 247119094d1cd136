package vn.luutru.search.iiif;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.luutru.search.system.Problems;

/**
 * Answers the IIIF endpoints' failures with RFC 9457 problem details, like the rest of
 * the API, so that a viewer's failed tile shows why in the browser's network panel.
 */
@RestControllerAdvice(basePackageClasses = IiifExceptionHandler.class)
class IiifExceptionHandler {

	@ExceptionHandler
	ProblemDetail notFound(IiifNotFound ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "iiif-not-found", "IIIF resource not found", ex.getMessage());
	}

}
