package vn.luutru.search.dossiers;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.luutru.search.system.Problems;

/**
 * The dossier feature's failures as RFC 9457 problem details.
 */
@RestControllerAdvice(assignableTypes = { DossiersController.class, StatisticsController.class })
class DossiersExceptionHandler {

	@ExceptionHandler
	ProblemDetail dossierNotFound(DossierNotFound ex) {
		return problem(HttpStatus.NOT_FOUND, "dossier-not-found", "Dossier not found", ex);
	}

	@ExceptionHandler
	ProblemDetail documentNotFound(DocumentNotInArchive ex) {
		return problem(HttpStatus.NOT_FOUND, "document-not-found", "Document not found", ex);
	}

	@ExceptionHandler
	ProblemDetail invalidImport(InvalidImport ex) {
		return problem(HttpStatus.BAD_REQUEST, "invalid-dossier-import", "Export cannot be imported", ex);
	}

	@ExceptionHandler
	ProblemDetail invalidPeriod(InvalidPeriod ex) {
		return problem(HttpStatus.BAD_REQUEST, "invalid-period", "Invalid period", ex);
	}

	@ExceptionHandler
	ProblemDetail linksNotIndexed(LinksNotIndexed ex) {
		return problem(HttpStatus.SERVICE_UNAVAILABLE, "links-not-indexed", "Search index unavailable", ex);
	}

	private static ProblemDetail problem(HttpStatus status, String type, String title, Exception ex) {
		return Problems.of(status, type, title, ex.getMessage());
	}

}
