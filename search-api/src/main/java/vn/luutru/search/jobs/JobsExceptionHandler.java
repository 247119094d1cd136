package vn.luutru.search.jobs;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.luutru.search.system.Problems;

/**
 * Answers the jobs endpoints' failures with RFC 9457 problem details.
 */
@RestControllerAdvice(basePackageClasses = JobsExceptionHandler.class)
class JobsExceptionHandler {

	@ExceptionHandler
	ProblemDetail folderNotIngestible(FolderNotIngestible ex) {
		return problem(HttpStatus.BAD_REQUEST, "folder-cannot-be-ingested", "Folder cannot be ingested", ex);
	}

	@ExceptionHandler
	ProblemDetail jobNotFound(JobNotFound ex) {
		return problem(HttpStatus.NOT_FOUND, "job-not-found", "Job not found", ex);
	}

	@ExceptionHandler
	ProblemDetail jobNotStarted(JobNotStarted ex) {
		return problem(HttpStatus.SERVICE_UNAVAILABLE, "job-not-started", "Job not started", ex);
	}

	private static ProblemDetail problem(HttpStatus status, String type, String title, RuntimeException ex) {
		return Problems.of(status, type, title, ex.getMessage());
	}

}
