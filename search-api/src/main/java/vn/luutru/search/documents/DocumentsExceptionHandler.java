package vn.luutru.search.documents;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.luutru.search.system.Problems;

/**
 * Answers the search and documents endpoints' failures with RFC 9457 problem details.
 */
@RestControllerAdvice(basePackageClasses = DocumentsExceptionHandler.class)
class DocumentsExceptionHandler {

	@ExceptionHandler
	ProblemDetail invalidSearch(InvalidSearch ex) {
		return problem(HttpStatus.BAD_REQUEST, "invalid-search", "Invalid search", ex);
	}

	@ExceptionHandler
	ProblemDetail documentNotFound(DocumentNotFound ex) {
		return problem(HttpStatus.NOT_FOUND, "document-not-found", "Document not found", ex);
	}

	@ExceptionHandler
	ProblemDetail noWordBoxes(NoWordBoxes ex) {
		return problem(HttpStatus.NOT_FOUND, "no-word-boxes", "No word boxes", ex);
	}

	@ExceptionHandler
	ProblemDetail noSearchablePdf(NoSearchablePdf ex) {
		return problem(HttpStatus.NOT_FOUND, "no-searchable-pdf", "No searchable PDF", ex);
	}

	@ExceptionHandler
	ProblemDetail originalMissing(OriginalMissing ex) {
		return problem(HttpStatus.NOT_FOUND, "original-file-missing", "Original file missing", ex);
	}

	@ExceptionHandler
	ProblemDetail indexUnavailable(IndexUnavailable ex) {
		return problem(HttpStatus.SERVICE_UNAVAILABLE, "archive-index-unavailable", "Archive index unavailable", ex);
	}

	private static ProblemDetail problem(HttpStatus status, String type, String title, RuntimeException ex) {
		return Problems.of(status, type, title, ex.getMessage());
	}

}
