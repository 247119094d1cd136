package vn.luutru.archive.jobs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How ingestion jobs are followed across processes.
 *
 * @param heartbeatTimeout how long a worker may go without reporting before its job is
 * shown as abandoned (default 60 s; workers report every
 * {@code luutru.worker.heartbeat-interval}, 5 s by default, so keep this several times
 * that)
 */
@ConfigurationProperties("luutru.jobs")
public record JobsProperties(@DefaultValue("60s") Duration heartbeatTimeout) {

	public JobsProperties {
		if (heartbeatTimeout.isNegative() || heartbeatTimeout.isZero()) {
			throw new IllegalArgumentException(
					"luutru.jobs.heartbeat-timeout must be positive, not " + heartbeatTimeout);
		}
	}

}
