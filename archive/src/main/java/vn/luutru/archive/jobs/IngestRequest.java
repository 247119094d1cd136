package vn.luutru.archive.jobs;

import java.nio.file.Path;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A request to ingest a folder, and how far a worker has taken it.
 *
 * @param id the job id the API and the pages show
 * @param folder the scan folder
 * @param requestedBy who asked: the signed-in user, or the operating-system user of a
 * command
 * @param requestedAt when
 * @param claimedBy the worker running it (host and process id), null while it waits
 * @param claimedAt when the worker claimed it
 * @param heartbeatAt when the worker last said it was alive
 * @param jobExecutionId the Spring Batch job execution, once started
 * @param pagesRead pages read so far, as of the last heartbeat
 * @param waitingFor why the job is waiting (a store it needs is away), null while it
 * moves on
 * @param refused why the worker that claimed it refused to run it (its folder no longer
 * inside the ingest roots, its job could not start), null unless it did
 */
public record IngestRequest(long id, Path folder, String requestedBy, Instant requestedAt, @Nullable String claimedBy,
		@Nullable Instant claimedAt, @Nullable Instant heartbeatAt, @Nullable Long jobExecutionId, long pagesRead,
		@Nullable String waitingFor, @Nullable String refused) {

	/** A request that was not refused. */
	public IngestRequest(long id, Path folder, String requestedBy, Instant requestedAt, @Nullable String claimedBy,
			@Nullable Instant claimedAt, @Nullable Instant heartbeatAt, @Nullable Long jobExecutionId, long pagesRead,
			@Nullable String waitingFor) {
		this(id, folder, requestedBy, requestedAt, claimedBy, claimedAt, heartbeatAt, jobExecutionId, pagesRead,
				waitingFor, null);
	}

	/** A request whose job is not waiting for anything. */
	public IngestRequest(long id, Path folder, String requestedBy, Instant requestedAt, @Nullable String claimedBy,
			@Nullable Instant claimedAt, @Nullable Instant heartbeatAt, @Nullable Long jobExecutionId, long pagesRead) {
		this(id, folder, requestedBy, requestedAt, claimedBy, claimedAt, heartbeatAt, jobExecutionId, pagesRead, null,
				null);
	}

	/** Whether a worker has taken it. */
	public boolean claimed() {
		return this.claimedBy != null;
	}

}
