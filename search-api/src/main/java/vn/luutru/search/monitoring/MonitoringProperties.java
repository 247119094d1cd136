package vn.luutru.search.monitoring;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the archive's figures are read for monitoring ({@code luutru.monitoring.*}).
 *
 * @param figuresKept how long the archive's figures (the queue, documents and pages,
 * files set aside), once read from PostgreSQL, are served to scrapes and the
 * administration page before they are read again (default 60 s: reading them counts whole
 * tables, so a scrape every 15 s reads them at most once a minute; the answer states when
 * they were read). {@code 0s} reads them on every request.
 */
@ConfigurationProperties("luutru.monitoring")
record MonitoringProperties(@DefaultValue("60s") Duration figuresKept) {

	MonitoringProperties {
		if (figuresKept.isNegative()) {
			throw new IllegalArgumentException(
					"luutru.monitoring.figures-kept must not be negative, not " + figuresKept);
		}
	}

}
