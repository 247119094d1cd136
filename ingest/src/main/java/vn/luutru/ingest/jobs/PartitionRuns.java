package vn.luutru.ingest.jobs;

import java.time.Duration;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The record of which worker runs or ran each partition ({@code partition_runs}), and the
 * heartbeat that tells a live worker from a dead one.
 */
final class PartitionRuns {

	/** A partition whose worker stopped beating, to be sent again. */
	record Abandoned(long stepExecutionId, String stepName) {
	}

	private final JdbcClient jdbc;

	PartitionRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void started(long stepExecutionId, long jobExecutionId, String stepName, String worker) {
		this.jdbc.sql("""
				INSERT INTO partition_runs (step_execution_id, job_execution_id, step_name, worker)
				VALUES (?, ?, ?, ?)""").params(stepExecutionId, jobExecutionId, stepName, worker).update();
	}

	void finished(long stepExecutionId, String worker, String outcome) {
		this.jdbc.sql("""
				UPDATE partition_runs SET finished_at = now(), outcome = ?
				WHERE step_execution_id = ? AND worker = ? AND finished_at IS NULL""")
			.params(outcome, stepExecutionId, worker)
			.update();
	}

	void beat(String worker) {
		this.jdbc.sql("UPDATE partition_runs SET heartbeat_at = now() WHERE worker = ? AND finished_at IS NULL")
			.param(worker)
			.update();
	}

	/**
	 * Closes the runs whose worker has not beaten for so long, of partitions still
	 * unfinished in a job still running, and returns them: the caller sends them again in
	 * the same transaction. Two workers looking at once cannot both get a run: the second
	 * waits for the first's row lock and then finds the run closed.
	 */
	List<Abandoned> takeOver(Duration silentFor, String worker) {
		return this.jdbc.sql("""
				UPDATE partition_runs r SET finished_at = now(), outcome = 'TAKEN_OVER by ' || ?
				FROM batch_step_execution s JOIN batch_job_execution j ON j.job_execution_id = s.job_execution_id
				WHERE r.step_execution_id = s.step_execution_id AND r.finished_at IS NULL
				  AND r.heartbeat_at < now() - make_interval(secs => ?)
				  AND s.status IN ('STARTING', 'STARTED') AND j.status IN ('STARTING', 'STARTED')
				RETURNING r.step_execution_id, r.step_name""")
			.params(worker, silentFor.toMillis() / 1000.0)
			.query((rs, row) -> new Abandoned(rs.getLong(1), rs.getString(2)))
			.list();
	}

}
