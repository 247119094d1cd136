package vn.luutru.archive.jobs;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The queue of ingestion requests in PostgreSQL: the web server records, workers claim,
 * and the claiming worker reports its job and its heartbeat.
 */
public class IngestRequests {

	private static final String COLUMNS = "id, folder, requested_by, requested_at, claimed_by, claimed_at, heartbeat_at, "
			+ "job_execution_id, pages_read, waiting_for, refused";

	/**
	 * The advisory lock that serialises recording requests, across every web server and
	 * command on the database: an arbitrary key no other lock uses.
	 */
	private static final long FOLDERS_LOCK = 0x4c75757472750001L;

	/** Statuses of a job that is running or will be resumed (see takeOver). */
	private static final String UNFINISHED = "'STARTING', 'STARTED', 'STOPPING', 'STOPPED', 'UNKNOWN'";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	IngestRequests(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Records a request for a worker to take.
	 * @return its id, the job id
	 * @throws FolderBusy when the folder, one inside it or one containing it has a job
	 * queued or running
	 */
	public long request(Path folder, String requestedBy) {
		return holding(folder,
				() -> this.jdbc.sql("INSERT INTO ingest_requests (folder, requested_by) VALUES (?, ?) RETURNING id")
					.params(folder.toString(), requestedBy)
					.query(Long.class)
					.single());
	}

	/**
	 * Records a request already claimed by a worker, for a command that runs its job
	 * itself: no polling worker can take it in between.
	 * @throws FolderBusy when the folder, one inside it or one containing it has a job
	 * queued or running
	 */
	public IngestRequest requestClaimed(Path folder, String requestedBy, String worker) {
		return holding(folder,
				() -> this.jdbc.sql("""
						INSERT INTO ingest_requests (folder, requested_by, claimed_by, claimed_at, heartbeat_at)
						VALUES (?, ?, ?, now(), now()) RETURNING\s""" + COLUMNS)
					.params(folder.toString(), requestedBy, worker)
					.query(IngestRequests::map)
					.single());
	}

	/**
	 * Records a request unless its folder is held by another, in one transaction under a
	 * lock every recorder takes: two web servers asked at once cannot both find the
	 * folder free. The check runs after the lock is held, so it sees every request
	 * committed before.
	 */
	<T> T holding(Path folder, Supplier<T> insert) {
		return holding(folder, 0, insert);
	}

	/** As {@link #holding(Path, Supplier)}, for a request that may hold it itself. */
	private <T> T holding(Path folder, long itself, Supplier<T> insert) {
		T recorded = this.transactions.execute((status) -> {
			Optional<Long> holder = holder(folder, itself);
			if (holder.isPresent()) {
				throw new FolderBusy(folder, holder.get());
			}
			return insert.get();
		});
		return Objects.requireNonNull(recorded);
	}

	/**
	 * Records a request that reads only these files of the folder (a watched folder's
	 * batch), unless the folder is held by another: then nothing is recorded and the
	 * caller tries again later. Joins the caller's transaction, if any, so that what it
	 * records about the files commits with the request or not at all.
	 * @return the request's id, or empty when the folder is busy
	 */
	public Optional<Long> requestFiles(Path folder, String requestedBy, List<Path> files) {
		Optional<Long> recorded = this.transactions.execute((status) -> {
			if (holder(folder, 0).isPresent()) {
				return Optional.<Long>empty();
			}
			return Optional
				.of(insert(folder, requestedBy, null, files.stream().map(Path::toString).toArray(String[]::new), null)
					.id());
		});
		return Objects.requireNonNull(recorded);
	}

	/**
	 * The request holding the folder, itself, one inside it or one containing it, looked
	 * for under a lock every recorder takes until its transaction ends.
	 */
	private Optional<Long> holder(Path folder, long itself) {
		this.jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(?)").param(FOLDERS_LOCK).query(Integer.class).single();
		return this.jdbc.sql("""
				SELECT r.id FROM ingest_requests r
				WHERE r.refused IS NULL AND r.id <> ?
				  AND (r.folder = ? OR starts_with(r.folder, ?) OR starts_with(?, r.folder || '/'))
				  AND (r.job_execution_id IS NULL OR EXISTS (
				      SELECT 1 FROM batch_job_execution e WHERE e.job_execution_id = r.job_execution_id
				        AND e.status IN (%s)))
				ORDER BY r.id LIMIT 1""".formatted(UNFINISHED))
			.params(itself, folder.toString(), folder + "/", folder.toString())
			.query(Long.class)
			.optional();
	}

	/**
	 * Puts a job that failed part-way (its folder's share unmounted, Elasticsearch away
	 * longer than the job waits) back in the queue, or claims it for this worker: its job
	 * instance restarts where it stopped, without reading finished files again. Its
	 * folder must be free, as for a new request. A STOPPED job is not taken here: Spring
	 * Batch 6 shows a job asked to stop as STOPPED, with an end time, while its step is
	 * still on its file, so only its heartbeat's silence tells that it has really ended —
	 * and {@link #takeOver} restarts those.
	 * @param claimedBy the worker that runs it itself, or null to leave it to the queue
	 * @return the request, or empty when there is no such request
	 * @throws NothingToResume when its job did not fail part-way, or was refused
	 * @throws FolderBusy when another job holds the folder meanwhile
	 */
	public Optional<IngestRequest> resume(long id, @Nullable String claimedBy) {
		Optional<IngestRequest> request = find(id);
		if (request.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(holding(request.get().folder(), id,
				() -> this.jdbc.sql("""
						UPDATE ingest_requests r SET claimed_by = ?, claimed_at = CASE WHEN ? THEN now() END,
						    heartbeat_at = CASE WHEN ? THEN now() END, waiting_for = NULL
						WHERE r.id = ? AND r.refused IS NULL AND EXISTS (
						    SELECT 1 FROM batch_job_execution e WHERE e.job_execution_id = r.job_execution_id
						      AND e.status = 'FAILED')
						RETURNING\s""" + COLUMNS)
					.params(claimedBy, claimedBy != null, claimedBy != null, id)
					.query(IngestRequests::map)
					.optional()
					.orElseThrow(() -> new NothingToResume(id))));
	}

	/**
	 * Inserts a request that retries a job's set-aside files; the caller holds the
	 * folder.
	 */
	IngestRequest insert(Path folder, String requestedBy, @Nullable String claimedBy, String[] onlyFiles,
			@Nullable Long retryOf) {
		return this.jdbc.sql("""
				INSERT INTO ingest_requests (folder, requested_by, claimed_by, claimed_at, heartbeat_at, only_files,
				                             retry_of)
				VALUES (?, ?, ?, CASE WHEN ? THEN now() END, CASE WHEN ? THEN now() END, ?, ?) RETURNING\s""" + COLUMNS)
			.params(folder.toString(), requestedBy, claimedBy, claimedBy != null, claimedBy != null, onlyFiles, retryOf)
			.query(IngestRequests::map)
			.single();
	}

	/**
	 * The only files a request reads, when it retries what another job set aside; empty
	 * when it reads its whole folder.
	 */
	public List<Path> onlyFiles(long id) {
		return this.jdbc.sql("SELECT only_files FROM ingest_requests WHERE id = ?").param(id).query((row, n) -> {
			java.sql.Array files = row.getArray(1);
			return (files != null) ? java.util.Arrays.stream((String[]) files.getArray()).map(Path::of).toList()
					: List.<Path>of();
		}).optional().orElse(List.of());
	}

	/**
	 * Records that the worker that claimed a request will not run it, and why: the
	 * request has ended and its folder is free again.
	 */
	public void refuse(long id, String reason) {
		this.jdbc.sql("UPDATE ingest_requests SET refused = ?, waiting_for = NULL WHERE id = ?")
			.params(reason, id)
			.update();
	}

	/**
	 * Claims the oldest request no worker has taken. Workers polling at the same time
	 * each get a different one: a row another transaction is claiming is skipped, not
	 * waited for.
	 */
	public Optional<IngestRequest> claim(String worker) {
		return this.jdbc.sql("""
				UPDATE ingest_requests SET claimed_by = ?, claimed_at = now(), heartbeat_at = now()
				WHERE claimed_by IS NULL AND id = (
				    SELECT id FROM ingest_requests WHERE claimed_by IS NULL ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
				RETURNING\s""" + COLUMNS).param(worker).query(IngestRequests::map).optional();
	}

	/** Records the job execution that runs a claimed request. */
	public void started(long id, long jobExecutionId) {
		this.jdbc.sql("UPDATE ingest_requests SET job_execution_id = ?, heartbeat_at = now() WHERE id = ?")
			.params(jobExecutionId, id)
			.update();
	}

	/**
	 * Records that the worker is alive and how many pages its job has read; the count
	 * never goes back.
	 */
	public void heartbeat(long id, long pagesRead) {
		this.jdbc
			.sql("UPDATE ingest_requests SET heartbeat_at = now(), pages_read = greatest(pages_read, ?) WHERE id = ?")
			.params(pagesRead, id)
			.update();
	}

	/**
	 * Records why the job of a request is waiting, or with {@code null} that it moves on
	 * again.
	 */
	public void waiting(long id, @Nullable String why) {
		this.jdbc.sql("UPDATE ingest_requests SET waiting_for = ? WHERE id = ?").params(why, id).update();
	}

	/**
	 * Takes over the oldest request whose worker has died: claimed, silent for longer
	 * than {@code silence}, and whose job has not ended (no execution yet, or one the job
	 * repository still shows running or stopped). Workers doing this at the same time
	 * each get a different one, and a worker that beats meanwhile keeps its request.
	 */
	public Optional<IngestRequest> takeOver(String worker, Duration silence) {
		return this.jdbc.sql("""
				UPDATE ingest_requests SET claimed_by = ?, claimed_at = now(), heartbeat_at = now(), waiting_for = NULL
				WHERE heartbeat_at < now() - make_interval(secs => ?) AND id = (
				    SELECT r.id FROM ingest_requests r
				    WHERE r.claimed_by IS NOT NULL AND r.heartbeat_at < now() - make_interval(secs => ?)
				      AND r.refused IS NULL AND (r.job_execution_id IS NULL OR EXISTS (
				          SELECT 1 FROM batch_job_execution e WHERE e.job_execution_id = r.job_execution_id
				            AND e.status IN (%s)))
				    ORDER BY r.id LIMIT 1 FOR UPDATE OF r SKIP LOCKED)
				RETURNING\s""".formatted(UNFINISHED) + COLUMNS)
			.params(worker, seconds(silence), seconds(silence))
			.query(IngestRequests::map)
			.optional();
	}

	private static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}

	/** The request with this id. */
	public Optional<IngestRequest> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM ingest_requests WHERE id = ?")
			.param(id)
			.query(IngestRequests::map)
			.optional();
	}

	/** The most recent requests, newest first. */
	public List<IngestRequest> recent(int limit) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM ingest_requests ORDER BY id DESC LIMIT ?")
			.param(limit)
			.query(IngestRequests::map)
			.list();
	}

	private static IngestRequest map(ResultSet row, int rowNum) throws SQLException {
		return new IngestRequest(row.getLong("id"), Path.of(row.getString("folder")), row.getString("requested_by"),
				row.getTimestamp("requested_at").toInstant(), row.getString("claimed_by"),
				instant(row.getTimestamp("claimed_at")), instant(row.getTimestamp("heartbeat_at")),
				row.getObject("job_execution_id", Long.class), row.getLong("pages_read"), row.getString("waiting_for"),
				row.getString("refused"));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
