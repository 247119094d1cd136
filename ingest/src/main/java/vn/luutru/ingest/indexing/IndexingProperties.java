package vn.luutru.ingest.indexing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the ingestion job waits out an Elasticsearch that is unreachable or overloaded
 * (connection refused, 429, 502, 503, 504) before a file's entries are acknowledged.
 *
 * @param initialDelay the first wait before trying again (default 1 s); each next wait
 * doubles
 * @param maxDelay the longest wait between two tries (default 30 s)
 * @param giveUpAfter how long one file's entries are retried before the job fails, to be
 * resumed later, rather than wait on (default 30 min); the file is never set aside for it
 * @param reconcilePageSize how many catalogued documents a worker's start-up
 * reconciliation reads, and asks the index about, at a time (default 500): it walks the
 * catalogue in pages by id, so its memory stays that of one page whatever the archive's
 * size
 */
@ConfigurationProperties("luutru.indexing")
public record IndexingProperties(@DefaultValue("1s") Duration initialDelay, @DefaultValue("30s") Duration maxDelay,
		@DefaultValue("30m") Duration giveUpAfter, @DefaultValue("500") int reconcilePageSize) {

	public IndexingProperties {
		if (!initialDelay.isPositive() || maxDelay.compareTo(initialDelay) < 0 || giveUpAfter.isNegative()) {
			throw new IllegalArgumentException("luutru.indexing delays must be positive, max-delay at least "
					+ "initial-delay, and give-up-after not negative");
		}
		if (reconcilePageSize < 1) {
			throw new IllegalArgumentException(
					"luutru.indexing.reconcile-page-size must be positive, not " + reconcilePageSize);
		}
	}

}
