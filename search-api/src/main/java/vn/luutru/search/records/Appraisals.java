package vn.luutru.search.records;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The appraisal decisions recorded on files; rows are added and confirmed, never removed.
 */
@Repository
class Appraisals {

	private final JdbcClient jdbc;

	Appraisals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	AppraisalDecision record(String fileCode, String decision, @Nullable Integer extendYears, String reason,
			String by) {
		return this.jdbc.sql("""
				INSERT INTO appraisal_decisions (file_code, decision, extend_years, reason, decided_by)
				VALUES (?, ?, ?, ?, ?) RETURNING *""")
			.params(fileCode, decision, extendYears, reason, by)
			.query((row, n) -> map(row))
			.single();
	}

	Optional<AppraisalDecision> find(String fileCode, long id) {
		return this.jdbc.sql("SELECT * FROM appraisal_decisions WHERE file_code = ? AND id = ?")
			.params(fileCode, id)
			.query((row, n) -> map(row))
			.optional();
	}

	/** Confirms a destruction; answers false when it was confirmed already. */
	boolean confirm(long id, String by) {
		return this.jdbc
			.sql("UPDATE appraisal_decisions SET confirmed_by = ?, confirmed_at = now() "
					+ "WHERE id = ? AND confirmed_by IS NULL")
			.params(by, id)
			.update() > 0;
	}

	/** A file's decisions, newest first. */
	List<AppraisalDecision> of(String fileCode) {
		return this.jdbc.sql("SELECT * FROM appraisal_decisions WHERE file_code = ? ORDER BY decided_at DESC, id DESC")
			.param(fileCode)
			.query((row, n) -> map(row))
			.list();
	}

	private static AppraisalDecision map(ResultSet row) throws SQLException {
		Timestamp confirmed = row.getTimestamp("confirmed_at");
		return new AppraisalDecision(row.getLong("id"), row.getString("file_code"), row.getString("decision"),
				row.getObject("extend_years", Integer.class), row.getString("reason"), row.getString("decided_by"),
				row.getTimestamp("decided_at").toInstant(), row.getString("confirmed_by"),
				(confirmed != null) ? confirmed.toInstant() : null);
	}

}
