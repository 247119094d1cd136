package vn.luutru.archive.catalog;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Files set aside by ingestion jobs, and pages they could not read of files they kept.
 */
@Repository
public class IngestFailures {

	private final JdbcClient jdbc;

	IngestFailures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a file set aside. */
	public void add(IngestFailure failure) {
		this.jdbc.sql("""
				INSERT INTO ingest_failures (job_execution_id, source_path, file_name, sha256, page, reason, failed_at,
				  reason_kind)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(failure.jobExecutionId(), failure.sourcePath().toString(), failure.fileName(), failure.sha256(),
					failure.page(), failure.reason(), Timestamp.from(failure.failedAt()), failure.kind().tag())
			.update();
	}

	/** The files a job execution set aside. */
	public List<IngestFailure> of(long jobExecutionId) {
		return this.jdbc.sql("""
				SELECT job_execution_id, source_path, sha256, page, reason, failed_at, retried_in, reason_kind
				FROM ingest_failures WHERE job_execution_id = ? ORDER BY id""")
			.param(jobExecutionId)
			.query((row, n) -> new IngestFailure(row.getLong(1), Path.of(row.getString(2)), row.getString(3),
					row.getObject(4, Integer.class), row.getString(5), row.getTimestamp(6).toInstant(),
					row.getObject(7, Long.class), SetAsideKind.ofTag(row.getString(8))))
			.list();
	}

}
