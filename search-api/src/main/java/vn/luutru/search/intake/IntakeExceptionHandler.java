package vn.luutru.search.intake;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.luutru.archive.jobs.FolderBusy;
import vn.luutru.archive.jobs.FolderRefused;
import vn.luutru.archive.watch.FolderAlreadyWatched;
import vn.luutru.search.system.Problems;

/**
 * Answers the intake endpoints' failures with RFC 9457 problem details; a folder refused
 * is answered as {@code /api/jobs} answers it.
 */
@RestControllerAdvice(basePackageClasses = IntakeExceptionHandler.class)
class IntakeExceptionHandler {

	@ExceptionHandler
	ProblemDetail folderRefused(FolderRefused ex) {
		return Problems.of(HttpStatus.BAD_REQUEST, "folder-cannot-be-ingested", "Folder cannot be ingested",
				ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail alreadyWatched(FolderAlreadyWatched ex) {
		return Problems.of(HttpStatus.CONFLICT, "folder-already-watched", "Folder already watched", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail folderBusy(FolderBusy ex) {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "folder-busy", "Folder has a job running",
				ex.getMessage());
		problem.setProperty("job", ex.job());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail uploadRefused(UploadRefused ex) {
		return Problems.of(HttpStatus.BAD_REQUEST, "upload-refused", "Upload refused", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail batchNotFound(BatchNotFound ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "upload-batch-not-found", "Upload batch not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail watchedFolderNotFound(WatchedFolderNotFound ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "watched-folder-not-found", "Watched folder not found",
				ex.getMessage());
	}

}
