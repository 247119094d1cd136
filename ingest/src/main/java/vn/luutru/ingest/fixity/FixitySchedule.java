package vn.luutru.ingest.fixity;

import java.sql.Connection;
import java.sql.SQLException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

import vn.luutru.archive.fixity.Fixity;
import vn.luutru.archive.fixity.FixityReport;

/**
 * Runs {@link Fixity#check} on {@code luutru.fixity.schedule} in a worker process.
 *
 * <p>
 * Every worker keeps the schedule, so a check still runs when one worker is down; each
 * check first takes a PostgreSQL session advisory lock ({@code pg_try_advisory_lock}) and
 * a worker that cannot have it leaves the check to the one that has. The lock goes with
 * the connection, so a worker that dies mid-check frees it.
 *
 * <p>
 * Started by the worker command only: the commands that run once ({@code ingest},
 * {@code fixity}, …) share the context but not the schedule.
 */
public final class FixitySchedule implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(FixitySchedule.class);

	/** The advisory lock's key: any number no other lock of the archive uses. */
	static final long LOCK = 0x6C7574727566L; // "lutruf"

	private final Fixity fixity;

	private final FixityProperties properties;

	private final JdbcTemplate jdbc;

	private @Nullable ThreadPoolTaskScheduler scheduler;

	public FixitySchedule(Fixity fixity, FixityProperties properties, JdbcTemplate jdbc) {
		this.fixity = fixity;
		this.properties = properties;
		this.jdbc = jdbc;
	}

	/** Starts keeping the schedule, unless it is {@code -}. */
	public synchronized void start() {
		if (!this.properties.scheduled() || this.scheduler != null) {
			return;
		}
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setThreadNamePrefix("fixity-");
		scheduler.setDaemon(true);
		scheduler.initialize();
		scheduler.schedule(this::runIfFree, new CronTrigger(this.properties.schedule()));
		log.info("Fixity checks scheduled '{}'", this.properties.schedule());
		this.scheduler = scheduler;
	}

	/**
	 * Runs a check unless another worker is running one. The lock is the session's, so
	 * the check keeps one pooled connection for as long as it runs.
	 * @return the check's report, or null when another worker holds the lock
	 */
	@Nullable FixityReport runIfFree() {
		try {
			return this.jdbc.execute((ConnectionCallback<@Nullable FixityReport>) (connection) -> {
				if (!Boolean.TRUE.equals(lock(connection, "SELECT pg_try_advisory_lock(?)"))) {
					log.info("Fixity check skipped: another worker is running one");
					return null;
				}
				try {
					return this.fixity.check("schedule");
				}
				finally {
					lock(connection, "SELECT pg_advisory_unlock(?)");
				}
			});
		}
		catch (RuntimeException ex) {
			// The scheduler would swallow it; the next check runs at the next time.
			log.error("Fixity check failed: {}", ex.toString(), ex);
			return null;
		}
	}

	private static @Nullable Boolean lock(Connection connection, String sql) throws SQLException {
		try (var statement = connection.prepareStatement(sql)) {
			statement.setLong(1, LOCK);
			try (var result = statement.executeQuery()) {
				return result.next() ? result.getBoolean(1) : null;
			}
		}
	}

	@Override
	public synchronized void close() {
		if (this.scheduler != null) {
			this.scheduler.shutdown();
			this.scheduler = null;
		}
	}

}
