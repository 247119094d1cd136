package vn.luutru.search.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.luutru.archive.catalog.SetAsideKind;

/**
 * The archive's figures, read from PostgreSQL in one query and kept for
 * {@code luutru.monitoring.figures-kept}, so that scrapes and the administration page
 * within that time cost one query between them, whatever the number of meters. The query
 * counts whole tables (exact counts, for administrators), which on an archive of millions
 * of rows is a scan: kept a minute, a scrape every 15 s costs one scan a minute, not
 * four.
 */
@Component
class ArchiveFigures {

	private static final String QUERY = """
			SELECT
			  (SELECT count(*) FROM ingest_requests WHERE claimed_by IS NULL) AS queued,
			  (SELECT count(*) FROM ingest_requests r WHERE r.claimed_by IS NOT NULL
			     AND (r.job_execution_id IS NULL OR EXISTS (
			         SELECT 1 FROM batch_job_execution e WHERE e.job_execution_id = r.job_execution_id
			           AND e.status IN ('STARTING', 'STARTED', 'STOPPING')))) AS running,
			  (SELECT count(*) FROM ingest_requests r WHERE r.waiting_for IS NOT NULL AND EXISTS (
			       SELECT 1 FROM batch_job_execution e WHERE e.job_execution_id = r.job_execution_id
			         AND e.status IN ('STARTING', 'STARTED'))) AS waiting,
			  (SELECT count(*) FROM documents) AS documents,
			  (SELECT coalesce(sum(page_count), 0) FROM documents) AS pages,
			  (SELECT count(*) FROM documents WHERE ingested_at > now() - interval '1 hour') AS documents_last_hour,
			  (SELECT coalesce(sum(page_count), 0) FROM documents WHERE ingested_at > now() - interval '1 hour')
			    AS pages_last_hour,
			  (SELECT count(*) FROM ingest_failures WHERE page IS NULL) AS files_set_aside,
			  (SELECT count(*) FROM ingest_failures WHERE page IS NOT NULL) AS pages_set_aside,
			  (SELECT string_agg(reason_kind || '=' || n, ',') FROM (SELECT reason_kind, count(*) AS n
			     FROM ingest_failures WHERE page IS NULL GROUP BY reason_kind) k) AS files_set_aside_by_reason
			""";

	private final JdbcClient jdbc;

	private final Duration kept;

	private final Clock clock;

	private Figures last = Figures.NONE;

	@Autowired
	ArchiveFigures(JdbcClient jdbc, MonitoringProperties properties) {
		this(jdbc, properties, Clock.systemUTC());
	}

	ArchiveFigures(JdbcClient jdbc, MonitoringProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.kept = properties.figuresKept();
		this.clock = clock;
	}

	/** The figures, read at most {@code figures-kept} ago; they say when. */
	synchronized Figures now() {
		Instant now = this.clock.instant();
		if (this.last == Figures.NONE || !now.isBefore(this.last.readAt().plus(this.kept))) {
			this.last = this.jdbc.sql(QUERY)
				.query((rs, row) -> new Figures(rs.getLong("queued"), rs.getLong("running"), rs.getLong("waiting"),
						rs.getLong("documents"), rs.getLong("pages"), rs.getLong("documents_last_hour"),
						rs.getLong("pages_last_hour"), rs.getLong("files_set_aside"), rs.getLong("pages_set_aside"),
						byReason(rs.getString("files_set_aside_by_reason")), now))
				.single();
		}
		return this.last;
	}

	/**
	 * Every kind with its count, zero for kinds no file was set aside for, so that each
	 * series exists from the start; a kind a newer worker wrote counts as other.
	 */
	static Map<String, Long> byReason(@Nullable String counts) {
		Map<String, Long> byReason = new LinkedHashMap<>();
		for (SetAsideKind kind : SetAsideKind.values()) {
			byReason.put(kind.tag(), 0L);
		}
		if (counts != null) {
			for (String count : counts.split(",")) {
				int equals = count.lastIndexOf('=');
				byReason.merge(SetAsideKind.ofTag(count.substring(0, equals)).tag(),
						Long.parseLong(count.substring(equals + 1)), Long::sum);
			}
		}
		return Map.copyOf(byReason);
	}

	/**
	 * What the archive holds and does.
	 *
	 * @param queuedJobs ingestion requests no worker has taken yet
	 * @param runningJobs jobs a worker runs
	 * @param waitingJobs running jobs waiting out an unavailable store
	 * @param documents documents in the catalogue
	 * @param pages their pages
	 * @param documentsLastHour documents ingested in the last hour
	 * @param pagesLastHour pages ingested in the last hour
	 * @param filesSetAside whole files set aside, ever
	 * @param pagesSetAside single pages set aside in files that were kept, ever
	 * @param filesSetAsideByReason whole files set aside, ever, by the kind of their
	 * reason ({@code encrypted}, {@code too-many-pages}…)
	 * @param readAt when they were read from PostgreSQL: they are kept a while, and an
	 * administrator should see how old they are
	 */
	record Figures(long queuedJobs, long runningJobs, long waitingJobs, long documents, long pages,
			long documentsLastHour, long pagesLastHour, long filesSetAside, long pagesSetAside,
			Map<String, Long> filesSetAsideByReason, Instant readAt) {

		static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, byReason(null), Instant.EPOCH);

	}

}
