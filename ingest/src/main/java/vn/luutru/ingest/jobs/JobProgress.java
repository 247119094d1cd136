package vn.luutru.ingest.jobs;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.luutru.archive.catalog.IngestFailure;

/**
 * Where an ingestion job is: its state and its counts, read from the job repository and
 * the catalogue.
 *
 * @param id the job execution id
 * @param folder the scan folder
 * @param status {@code STARTING}, {@code STARTED}, {@code COMPLETED}, {@code FAILED},
 * {@code STOPPED}, …
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
 */
public record JobProgress(long id, String folder, String status, @Nullable String exitMessage,
		@Nullable Instant startedAt, @Nullable Instant endedAt, @Nullable Integer filesTotal, long filesDone,
		long filesIndexed, long duplicates, long failed, long pagesIndexed, @Nullable Integer pagesTotal,
		long pagesRead, List<IngestFailure> failures) {

	/** Whether the job has ended, one way or another. */
	public boolean ended() {
		return switch (this.status) {
			case "COMPLETED", "FAILED", "STOPPED", "ABANDONED" -> true;
			default -> false;
		};
	}

	/** Whether the job itself failed (files set aside do not make a job fail). */
	public boolean jobFailed() {
		return this.ended() && !"COMPLETED".equals(this.status);
	}

}
