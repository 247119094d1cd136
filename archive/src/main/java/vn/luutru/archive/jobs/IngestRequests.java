package vn.luutru.archive.jobs;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The queue of ingestion requests in PostgreSQL: the web server records, workers claim,
 * and the claiming worker reports its job and its heartbeat.
 */
public class IngestRequests {

	private static final String COLUMNS = "id, folder, requested_by, requested_at, claimed_by, claimed_at, heartbeat_at, "
			+ "job_execution_id, pages_read, waiting_for";

	private final JdbcClient jdbc;

	IngestRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a request for a worker to take.
	 * @return its id, the job id
	 */
	public long request(Path folder, String requestedBy) {
		return this.jdbc.sql("INSERT INTO ingest_requests (folder, requested_by) VALUES (?, ?) RETURNING id")
			.params(folder.toString(), requestedBy)
			.query(Long.class)
			.single();
	}

	/**
	 * Records a request already claimed by a worker, for a command that runs its job
	 * itself: no polling worker can take it in between.
	 */
	public IngestRequest requestClaimed(Path folder, String requestedBy, String worker) {
		return this.jdbc.sql("""
				INSERT INTO ingest_requests (folder, requested_by, claimed_by, claimed_at, heartbeat_at)
				VALUES (?, ?, ?, now(), now()) RETURNING\s""" + COLUMNS)
			.params(folder.toString(), requestedBy, worker)
			.query(IngestRequests::map)
			.single();
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
				      AND (r.job_execution_id IS NULL OR EXISTS (
				          SELECT 1 FROM batch_job_execution e WHERE e.job_execution_id = r.job_execution_id
				            AND e.status IN ('STARTING', 'STARTED', 'STOPPING', 'STOPPED', 'UNKNOWN')))
				    ORDER BY r.id LIMIT 1 FOR UPDATE OF r SKIP LOCKED)
				RETURNING\s""" + COLUMNS)
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
				row.getObject("job_execution_id", Long.class), row.getLong("pages_read"), row.getString("waiting_for"));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
