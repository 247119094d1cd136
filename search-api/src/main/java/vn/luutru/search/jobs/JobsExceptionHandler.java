package vn.luutru.search.jobs;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.luutru.archive.jobs.FolderBusy;
import vn.luutru.archive.jobs.FolderRefused;
import vn.luutru.archive.jobs.NothingToResume;
import vn.luutru.archive.jobs.NothingToRetry;
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
	ProblemDetail folderRefused(FolderRefused ex) {
		return problem(HttpStatus.BAD_REQUEST, "folder-cannot-be-ingested", "Folder cannot be ingested", ex);
	}

	/** The problem names the job holding the folder, for the client to follow it. */
	@ExceptionHandler
	ProblemDetail folderBusy(FolderBusy ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "folder-busy", "Folder has a job running", ex);
		problem.setProperty("job", ex.job());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail nothingToRetry(NothingToRetry ex) {
		return problem(HttpStatus.CONFLICT, "nothing-to-retry", "Nothing to retry", ex);
	}

	@ExceptionHandler
	ProblemDetail nothingToResume(NothingToResume ex) {
		return problem(HttpStatus.CONFLICT, "nothing-to-resume", "Nothing to resume", ex);
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
