package vn.luutru.ingest.worker;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a worker takes and runs ingestion requests.
 *
 * @param pollInterval how often an idle worker looks for a request (default 1 s)
 * @param heartbeatInterval how often a running job reports its pages and that its worker
 * is alive (default 5 s; keep it well under {@code luutru.jobs.heartbeat-timeout}, 60 s,
 * after which the job shows as abandoned)
 * @param jobs how many jobs one worker runs at once, 1 to {@value #MAX_JOBS} (default 1:
 * a job already reads pages on every core); the worker's {@code luutru.ocr.workers} OCR
 * threads (one per core by default) are split among them, at least one each, so jobs ×
 * threads per job stays within that setting while jobs do not outnumber it
 * @param shutdownGrace how long a stopping worker waits for its jobs to stop after the
 * file each is on (default 30 s); a job still running then is left to show as abandoned
 * @param takeOverAfter how long a claimed request's worker may go without beating before
 * another worker takes the request over, fails the dead execution and restarts its job
 * where it stopped (default 30 s, six heartbeats: long enough that a busy worker is never
 * taken for dead)
 */
@ConfigurationProperties("luutru.worker")
public record WorkerProperties(@DefaultValue("1s") Duration pollInterval,
		@DefaultValue("5s") Duration heartbeatInterval, @DefaultValue("1") int jobs,
		@DefaultValue("30s") Duration shutdownGrace, @DefaultValue("30s") Duration takeOverAfter) {

	/**
	 * The most jobs one worker runs at once: each holds a database connection and OCR
	 * engines.
	 */
	public static final int MAX_JOBS = 16;

	public WorkerProperties {
		if (jobs < 1 || jobs > MAX_JOBS) {
			throw new IllegalArgumentException(
					"luutru.worker.jobs must be between 1 and " + MAX_JOBS + ", not " + jobs);
		}
		if (!pollInterval.isPositive() || !heartbeatInterval.isPositive() || shutdownGrace.isNegative()) {
			throw new IllegalArgumentException("luutru.worker intervals must be positive");
		}
		if (takeOverAfter.compareTo(heartbeatInterval.multipliedBy(2)) < 0) {
			throw new IllegalArgumentException("luutru.worker.take-over-after must be at least twice "
					+ "luutru.worker.heartbeat-interval, or live workers would be taken for dead");
		}
	}

}
