package vn.luutru.archive.watch;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the watched folders are watched.
 *
 * @param enabled whether workers watch the registered folders at all (default true)
 * @param pollInterval how often the folders are listed (default 10 s)
 * @param quietPeriod how long a file's size and modification time must stay the same
 * before it is taken as complete (default 30 s: a copy over a slow share writes more
 * often than that; a file still growing is never read early)
 * @param maxFilesPerJob the most files one job takes; more wait for the next job (default
 * 200)
 */
@ConfigurationProperties("luutru.watch")
public record WatchProperties(@DefaultValue("true") boolean enabled, @DefaultValue("10s") Duration pollInterval,
		@DefaultValue("30s") Duration quietPeriod, @DefaultValue("200") int maxFilesPerJob) {

	public WatchProperties {
		if (!pollInterval.isPositive() || quietPeriod.isNegative()) {
			throw new IllegalArgumentException(
					"luutru.watch.poll-interval must be positive, quiet-period not negative");
		}
		if (maxFilesPerJob < 1) {
			throw new IllegalArgumentException("luutru.watch.max-files-per-job must be at least 1");
		}
	}

}
