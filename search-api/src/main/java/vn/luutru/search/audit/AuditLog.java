package vn.luutru.search.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code audit_log} table: rows are only ever added (the database refuses updates and
 * deletes, see the V6 migration).
 */
@Repository
class AuditLog {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuditLog(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void append(String username, AuditedAction action, @Nullable String remoteAddress) {
		this.jdbc.sql("""
				INSERT INTO audit_log (username, action, subject_type, subject_id, before, after, remote_addr)
				VALUES (?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?)
				""")
			.params(username, action.action(), action.subjectType(), action.subjectId(), toJson(action.before()),
					toJson(action.after()), remoteAddress)
			.update();
	}

	/** The entries matching every given criterion, newest first. */
	List<AuditEntry> find(AuditQuery query) {
		StringBuilder sql = new StringBuilder(
				"SELECT id, at, username, action, subject_type, subject_id, before, after, remote_addr FROM audit_log WHERE TRUE");
		List<Object> params = new ArrayList<>();
		if (query.username() != null) {
			sql.append(" AND username = ?");
			params.add(query.username());
		}
		if (query.action() != null) {
			// "dossier" finds dossier.attach, dossier.detach, …
			sql.append(" AND (action = ? OR action LIKE ?)");
			params.add(query.action());
			params.add(query.action().replace("%", "").replace("_", "\\_") + ".%");
		}
		if (query.subjectType() != null) {
			sql.append(" AND subject_type = ?");
			params.add(query.subjectType());
		}
		if (query.subjectId() != null) {
			sql.append(" AND subject_id = ?");
			params.add(query.subjectId());
		}
		if (query.from() != null) {
			sql.append(" AND at >= ?");
			params.add(Timestamp.from(query.from()));
		}
		if (query.to() != null) {
			sql.append(" AND at < ?");
			params.add(Timestamp.from(query.to()));
		}
		sql.append(" ORDER BY id DESC LIMIT ? OFFSET ?");
		params.add(query.size());
		params.add((long) query.page() * query.size());
		return this.jdbc.sql(sql.toString()).params(params).query(this::entry).list();
	}

	private AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("username"),
				rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"),
				parse(rs.getString("before")), parse(rs.getString("after")), rs.getString("remote_addr"));
	}

	private @Nullable String toJson(@Nullable Object state) {
		return (state != null) ? this.json.writeValueAsString(state) : null;
	}

	private @Nullable JsonNode parse(@Nullable String text) {
		return (text != null) ? this.json.readTree(text) : null;
	}

}
