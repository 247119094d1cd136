package vn.luutru.ingest.jobs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether one job's files are spread over every running worker, and how.
 *
 * @param enabled whether the worker that claims a job splits its folder into partitions
 * that any worker (itself included) runs, through a channel kept in PostgreSQL (default
 * false: the claiming worker runs the whole job, as one worker per job always did)
 * @param filesPerPartition how many files of the folder's sorted listing one partition
 * holds (default 10): a worker that dies loses at most the file it was on, but its
 * partition waits for {@code take-over-after} before another worker goes on with it
 * @param heartbeatInterval how often a worker reports that the partitions it runs are
 * alive, and looks for partitions whose worker stopped reporting (default 5 s)
 * @param takeOverAfter how long a partition's worker may go without reporting before its
 * partition is sent again for another worker to go on with from its last committed file
 * (default 30 s; at least twice the heartbeat interval)
 * @param pollInterval how often an idle worker looks for a partition, and the job that
 * split its folder looks whether all partitions have ended (default 1 s)
 * @param spreadPagesFrom a file of at least this many pages has its pages' OCR spread
 * over the workers, in ranges any worker takes, before the file itself is assembled from
 * what they read (default 40; 0 never spreads a file)
 * @param pagesPerRange how many pages of such a file one range holds (default 10): a
 * worker that dies loses only the pages of its range it had not yet stored
 * @param sharedPagesKept how long the pages a request's ranges stored are kept after the
 * last of them was read, when its job never completes (default 7 days): a job failed and
 * run again within that time reuses them; after it, any ending job deletes them, and
 * running the job again OCRs those pages anew
 */
@ConfigurationProperties("luutru.partitioning")
public record PartitioningProperties(@DefaultValue("false") boolean enabled, @DefaultValue("10") int filesPerPartition,
		@DefaultValue("5s") Duration heartbeatInterval, @DefaultValue("30s") Duration takeOverAfter,
		@DefaultValue("1s") Duration pollInterval, @DefaultValue("40") int spreadPagesFrom,
		@DefaultValue("10") int pagesPerRange, @DefaultValue("7d") Duration sharedPagesKept) {

	public PartitioningProperties {
		if (filesPerPartition < 1) {
			throw new IllegalArgumentException("luutru.partitioning.files-per-partition must be at least 1");
		}
		if (spreadPagesFrom < 0 || pagesPerRange < 1) {
			throw new IllegalArgumentException("luutru.partitioning.spread-pages-from must be 0 or more, "
					+ "luutru.partitioning.pages-per-range at least 1");
		}
		if (!heartbeatInterval.isPositive() || !pollInterval.isPositive() || !sharedPagesKept.isPositive()) {
			throw new IllegalArgumentException("luutru.partitioning intervals and shared-pages-kept must be positive");
		}
		if (takeOverAfter.compareTo(heartbeatInterval.multipliedBy(2)) < 0) {
			throw new IllegalArgumentException("luutru.partitioning.take-over-after must be at least twice "
					+ "luutru.partitioning.heartbeat-interval, or live workers would be taken for dead");
		}
	}

}
