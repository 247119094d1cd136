package vn.luutru.search.records;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The archival files and the documents each holds. */
@Repository
class ArchivalFiles {

	private final JdbcClient jdbc;

	ArchivalFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A document in a file, at its position, with its catalogue title and pages. */
	record Member(String documentId, int position, String title, int pageCount) {
	}

	/** Adds a file; answers false when a file with its code exists already. */
	boolean add(ArchivalFile f) {
		return this.jdbc.sql("""
				INSERT INTO archival_files (code, fonds_code, catalogue_number, box_number, file_number, title,
				    document_type, retention_years, access_regime, language, start_date, end_date, sheet_count,
				    physical_state, reliability, notes)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(f.code(), f.fondsCode(), f.catalogueNumber(), f.boxNumber(), f.fileNumber(), f.title(),
					f.documentType(), f.retention().years(), f.accessRegime().value(), f.language(),
					date(f.startDate()), date(f.endDate()), f.sheetCount(), f.physicalState(), f.reliability().value(),
					f.notes())
			.update() > 0;
	}

	Optional<ArchivalFile> find(String code) {
		return this.jdbc.sql("SELECT * FROM archival_files WHERE code = ?")
			.param(code)
			.query((row, n) -> map(row))
			.optional();
	}

	/** Files by code, a page at a time. */
	List<ArchivalFile> list(int offset, int limit) {
		return this.jdbc
			.sql("SELECT * FROM archival_files ORDER BY fonds_code, catalogue_number, file_number "
					+ "LIMIT ? OFFSET ?")
			.params(limit, offset)
			.query((row, n) -> map(row))
			.list();
	}

	/**
	 * Open files kept for a number of years whose end date plus that many years is on or
	 * before the day given: the files due for appraisal, longest overdue first.
	 */
	List<ArchivalFile> dueOn(LocalDate day) {
		return this.jdbc.sql("""
				SELECT * FROM archival_files WHERE status IN ('open', 'destruction-approved')
				    AND retention_years IS NOT NULL AND end_date IS NOT NULL
				    AND end_date + make_interval(years => retention_years) <= ?
				ORDER BY end_date + make_interval(years => retention_years), code""")
			.param(Date.valueOf(day))
			.query((row, n) -> map(row))
			.list();
	}

	List<Member> members(String code) {
		return this.jdbc.sql("""
				SELECT m.document_id, m.position, d.title, d.page_count FROM archival_file_documents m
				JOIN documents d ON d.id = m.document_id WHERE m.file_code = ? ORDER BY m.position""")
			.param(code)
			.query((row, n) -> new Member(row.getString(1), row.getInt(2), row.getString(3), row.getInt(4)))
			.list();
	}

	/** The file a document is in, and its position there. */
	Optional<DescriptionView.Filed> fileOf(String documentId) {
		return this.jdbc.sql("""
				SELECT m.file_code, f.title, m.position FROM archival_file_documents m
				JOIN archival_files f ON f.code = m.file_code WHERE m.document_id = ?""")
			.param(documentId)
			.query((row, n) -> new DescriptionView.Filed(row.getString(1), row.getString(2), row.getInt(3)))
			.optional();
	}

	/** Puts a document last in a file; answers false when it is in a file already. */
	boolean file(String code, String documentId) {
		return this.jdbc.sql("""
				INSERT INTO archival_file_documents (document_id, file_code, position)
				SELECT ?, ?, coalesce(max(position), 0) + 1 FROM archival_file_documents WHERE file_code = ?
				ON CONFLICT (document_id) DO NOTHING""").params(documentId, code, code).update() > 0;
	}

	boolean unfile(String code, String documentId) {
		return this.jdbc.sql("DELETE FROM archival_file_documents WHERE file_code = ? AND document_id = ?")
			.params(code, documentId)
			.update() > 0;
	}

	/** Widens the file's dates to take in a document of this date. */
	void widenDates(String code, LocalDate date) {
		this.jdbc.sql("""
				UPDATE archival_files SET start_date = least(coalesce(start_date, ?), ?),
				    end_date = greatest(coalesce(end_date, ?), ?), updated_at = now() WHERE code = ?""")
			.params(Date.valueOf(date), Date.valueOf(date), Date.valueOf(date), Date.valueOf(date), code)
			.update();
	}

	void setRetention(String code, RetentionPeriod retention) {
		this.jdbc.sql("UPDATE archival_files SET retention_years = ?, updated_at = now() WHERE code = ?")
			.params(retention.years(), code)
			.update();
	}

	void setStatus(String code, String status) {
		this.jdbc.sql("UPDATE archival_files SET status = ?, updated_at = now() WHERE code = ?")
			.params(status, code)
			.update();
	}

	private static ArchivalFile map(ResultSet row) throws SQLException {
		Date start = row.getDate("start_date");
		Date end = row.getDate("end_date");
		return new ArchivalFile(row.getString("code"), row.getString("fonds_code"), row.getInt("catalogue_number"),
				row.getObject("box_number", Integer.class), row.getInt("file_number"), row.getString("title"),
				row.getString("document_type"), new RetentionPeriod(row.getObject("retention_years", Integer.class)),
				AccessRegime.of(row.getString("access_regime")), row.getString("language"),
				(start != null) ? start.toLocalDate() : null, (end != null) ? end.toLocalDate() : null,
				row.getObject("sheet_count", Integer.class), row.getString("physical_state"),
				Reliability.of(row.getString("reliability")), row.getString("notes"), row.getString("status"));
	}

	private static @Nullable Date date(@Nullable LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

}
