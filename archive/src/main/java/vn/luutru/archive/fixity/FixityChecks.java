package vn.luutru.archive.fixity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.luutru.archive.fixity.FixityReport.Kind;
import vn.luutru.archive.fixity.FixityReport.Problem;

/**
 * The record of fixity checks and what they found, and their lines in the audit log.
 */
class FixityChecks {

	private final JdbcClient jdbc;

	FixityChecks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long begin(String startedBy, Instant at) {
		return this.jdbc.sql("INSERT INTO fixity_checks (started_at, started_by) VALUES (?, ?) RETURNING id")
			.params(Timestamp.from(at), startedBy)
			.query(Long.class)
			.single();
	}

	void problem(long check, Problem problem) {
		this.jdbc.sql("""
				INSERT INTO fixity_problems (check_id, document_id, path, problem, expected_sha256, actual_sha256)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(check, problem.documentId(), problem.path(), problem.kind().code(), problem.expectedSha256(),
					problem.actualSha256())
			.update();
		audit("fixity.problem", "document", problem.documentId(), "{\"path\": %s, \"problem\": \"%s\", \"check\": %d}"
			.formatted(json(problem.path()), problem.kind().code(), check));
	}

	void finish(long check, long files, long bytes, int problems, Instant at) {
		this.jdbc.sql("""
				UPDATE fixity_checks SET finished_at = ?, files_checked = ?, bytes_checked = ?, problems = ?
				WHERE id = ?""").params(Timestamp.from(at), files, bytes, problems, check).update();
		audit("fixity.check", "fixity", Long.toString(check),
				"{\"files\": %d, \"bytes\": %d, \"problems\": %d}".formatted(files, bytes, problems));
	}

	/** The most recent check, with its problems. */
	Optional<FixityReport> latest() {
		return this.jdbc.sql("SELECT id FROM fixity_checks ORDER BY id DESC LIMIT 1")
			.query(Long.class)
			.optional()
			.flatMap(this::find);
	}

	/** A check, with its problems. */
	Optional<FixityReport> find(long id) {
		return this.jdbc.sql("SELECT * FROM fixity_checks WHERE id = ?")
			.param(id)
			.query((row, n) -> new FixityReport(row.getLong("id"), row.getTimestamp("started_at").toInstant(),
					Optional.ofNullable(row.getTimestamp("finished_at")).map(Timestamp::toInstant).orElse(null),
					row.getString("started_by"), row.getLong("files_checked"), row.getLong("bytes_checked"), List.of()))
			.optional()
			.map(this::withProblems);
	}

	private FixityReport withProblems(FixityReport check) {
		List<Problem> problems = this.jdbc.sql("SELECT * FROM fixity_problems WHERE check_id = ? ORDER BY path")
			.param(check.id())
			.query((row, n) -> new Problem(row.getString("document_id"), row.getString("path"),
					Kind.valueOf(row.getString("problem").toUpperCase(java.util.Locale.ROOT)),
					row.getString("expected_sha256"), row.getString("actual_sha256")))
			.list();
		return new FixityReport(check.id(), check.startedAt(), check.finishedAt(), check.startedBy(),
				check.filesChecked(), check.bytesChecked(), problems);
	}

	// The audit log is append-only and shared with the web application, which reads it
	// on the administration page; the check writes its lines as "system".
	private void audit(String action, String subjectType, String subjectId, String after) {
		this.jdbc.sql("""
				INSERT INTO audit_log (username, action, subject_type, subject_id, after)
				VALUES ('system', ?, ?, ?, CAST(? AS jsonb))""").params(action, subjectType, subjectId, after).update();
	}

	private static String json(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		text.codePoints().forEach((c) -> {
			if (c == '"' || c == '\\') {
				quoted.append('\\').appendCodePoint(c);
			}
			else if (c < 0x20) {
				quoted.append("\\u%04x".formatted(c));
			}
			else {
				quoted.appendCodePoint(c);
			}
		});
		return quoted.append('"').toString();
	}

}
