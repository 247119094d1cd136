package vn.luutru.archive.corrections;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.hocr.Box;

/**
 * The corrections of pages' OCR text in PostgreSQL, by version: saving adds a version,
 * nothing is ever changed or removed.
 */
public class PageCorrections {

	/**
	 * Serialises saving the versions of one page across every web server: an arbitrary
	 * key space no other lock uses, the page's own key hashed into it.
	 */
	private static final long LOCKS = 0x4c75757472750002L;

	private final JdbcClient jdbc;

	public PageCorrections(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Saves a new version of a page's corrections; to be called in a transaction, which
	 * the page's lock is held for.
	 * @return its number
	 */
	public int save(DocumentId id, int page, String user, @Nullable Integer reverts,
			List<CorrectionVersion.Line> lines) {
		this.jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(?, ?)")
			.params((int) LOCKS, (id.value() + "/" + page).hashCode())
			.query(Integer.class)
			.single();
		int version = this.jdbc
			.sql("SELECT coalesce(max(version), 0) + 1 FROM page_corrections WHERE document_id = ? AND page = ?")
			.params(id.value(), page)
			.query(Integer.class)
			.single();
		for (CorrectionVersion.Line line : lines) {
			Box box = line.box();
			this.jdbc.sql("""
					INSERT INTO page_corrections (document_id, page, version, x0, y0, x1, y1, before_text, after_text,
					    corrected_by, reverts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id.value(), page, version, box.x0(), box.y0(), box.x1(), box.y1(), line.before(), line.after(),
						user, reverts)
				.update();
		}
		return version;
	}

	/** The page's versions, oldest first. */
	public List<CorrectionVersion> history(DocumentId id, int page) {
		List<Row> rows = this.jdbc.sql("SELECT * FROM page_corrections WHERE document_id = ? AND page = ? ORDER BY id")
			.params(id.value(), page)
			.query(PageCorrections::row)
			.list();
		Map<Integer, List<Row>> byVersion = new LinkedHashMap<>();
		rows.forEach((row) -> byVersion.computeIfAbsent(row.version(), (v) -> new ArrayList<>()).add(row));
		return byVersion.values().stream().map(PageCorrections::version).toList();
	}

	/** One version of the page. */
	public Optional<CorrectionVersion> version(DocumentId id, int page, int version) {
		return history(id, page).stream().filter((v) -> v.version() == version).findFirst();
	}

	/**
	 * What each corrected line of the page reads now: for each box, the latest version
	 * naming it; newest first, as {@link CorrectedLines#matching} wants them.
	 */
	public List<LineCorrection> current(DocumentId id, int page) {
		return this.jdbc.sql("""
				SELECT * FROM (
				    SELECT DISTINCT ON (x0, y0, x1, y1) x0, y0, x1, y1, after_text, version FROM page_corrections
				    WHERE document_id = ? AND page = ? ORDER BY x0, y0, x1, y1, version DESC) latest
				ORDER BY version DESC""")
			.params(id.value(), page)
			.query((rs, n) -> new LineCorrection(
					new Box(rs.getInt("x0"), rs.getInt("y0"), rs.getInt("x1"), rs.getInt("y1")),
					rs.getString("after_text")))
			.list();
	}

	/** The pages of a document that have corrections. */
	public List<Integer> pages(DocumentId id) {
		return this.jdbc.sql("SELECT DISTINCT page FROM page_corrections WHERE document_id = ? ORDER BY page")
			.param(id.value())
			.query(Integer.class)
			.list();
	}

	private record Row(int version, String user, java.time.Instant at, @Nullable Integer reverts,
			CorrectionVersion.Line line) {
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getInt("version"), rs.getString("corrected_by"), rs.getTimestamp("corrected_at").toInstant(),
				rs.getObject("reverts", Integer.class),
				new CorrectionVersion.Line(new Box(rs.getInt("x0"), rs.getInt("y0"), rs.getInt("x1"), rs.getInt("y1")),
						rs.getString("before_text"), rs.getString("after_text")));
	}

	private static CorrectionVersion version(List<Row> rows) {
		Row first = rows.getFirst();
		return new CorrectionVersion(first.version(), first.user(), first.at(), first.reverts(),
				rows.stream().map(Row::line).toList());
	}

}
