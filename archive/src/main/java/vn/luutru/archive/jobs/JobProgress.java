package vn.luutru.archive.jobs;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.luutru.archive.catalog.IngestFailure;

/**
 * Where an ingestion job is: its state and its counts, read from its request, the job
 * repository and the catalogue.
 *
 * @param id the job id: the id of its request
 * @param folder the scan folder
 * @param status {@value #QUEUED} until a worker takes it, then the job execution's:
 * {@code STARTING}, {@code STARTED}, {@code COMPLETED}, {@code FAILED}, {@code STOPPED},
 * {@code ABANDONED} (also when its worker stopped reporting), …
 * @param exitMessage why it failed, when it did
 * @param startedAt when it started
 * @param endedAt when it ended, if it has
 * @param filesTotal files in the folder (null until the folder has been listed)
 * @param filesDone files dealt with so far, whatever the outcome
 * @param filesIndexed files added to the archive
 * @param duplicates files skipped because the archive already held the same bytes
 * @param failed files set aside
 * @param pagesIndexed pages added to the archive
 * @param pagesTotal pages in the folder's files (null until they have been counted)
 * @param pagesRead pages read so far, by OCR or from a text layer, including those of a
 * file still being read and of duplicates' pages that were not
 * @param failures the files set aside and the pages that could not be read of files that
 * were kept, with their reasons
 * @param waitingFor why a running job is not moving on (e.g. "Đang chờ Elasticsearch:
 * …"), null while it is
 */
public record JobProgress(long id, String folder, String status, @Nullable String exitMessage,
		@Nullable Instant startedAt, @Nullable Instant endedAt, @Nullable Integer filesTotal, long filesDone,
		long filesIndexed, long duplicates, long failed, long pagesIndexed, @Nullable Integer pagesTotal,
		long pagesRead, List<IngestFailure> failures, @Nullable String waitingFor) {

	/** The progress of a job that is not waiting for anything. */
	public JobProgress(long id, String folder, String status, @Nullable String exitMessage, @Nullable Instant startedAt,
			@Nullable Instant endedAt, @Nullable Integer filesTotal, long filesDone, long filesIndexed, long duplicates,
			long failed, long pagesIndexed, @Nullable Integer pagesTotal, long pagesRead,
			List<IngestFailure> failures) {
		this(id, folder, status, exitMessage, startedAt, endedAt, filesTotal, filesDone, filesIndexed, duplicates,
				failed, pagesIndexed, pagesTotal, pagesRead, failures, null);
	}

	/** The status of a request no worker has taken yet. */
	public static final String QUEUED = "QUEUED";

	/** A job that has not started: nothing counted yet. */
	public static JobProgress waiting(long id, String folder, String status, @Nullable String exitMessage) {
		return new JobProgress(id, folder, status, exitMessage, null, null, null, 0, 0, 0, 0, 0, null, 0, List.of());
	}

	/** Whether the job has ended, one way or another. */
	public boolean ended() {
		return isFinal(this.status);
	}

	/** Whether a job in this status has ended, one way or another. */
	public static boolean isFinal(String status) {
		return switch (status) {
			case "COMPLETED", "FAILED", "STOPPED", "ABANDONED" -> true;
			default -> false;
		};
	}

	/** Whether the job itself failed (files set aside do not make a job fail). */
	public boolean jobFailed() {
		return this.ended() && !"COMPLETED".equals(this.status);
	}

}
