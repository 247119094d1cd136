package vn.luutru.ingest.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.luutru.archive.catalog.SetAsideKind;
import vn.luutru.archive.index.ArchiveEntry.PageImage;
import vn.luutru.ingest.extraction.PageText;
import vn.luutru.ingest.extraction.SharedPages;
import vn.luutru.ingest.extraction.TextSource;

/**
 * The pages of one request's large files that the workers OCR'd, in PostgreSQL
 * ({@code shared_pages}), with the worker that read each. A page is written in a
 * transaction of its own, whatever transaction the caller is in, so it survives the
 * worker; a page written twice (by a worker taken for dead, and the one that took its
 * range over) keeps the first.
 */
final class SharedPageRows implements SharedPages {

	private final JdbcClient jdbc;

	private final TransactionTemplate apart;

	private final long request;

	private final String worker;

	/**
	 * @param apart a template that opens a new transaction
	 * @param worker this process's name, recorded with every page it reads
	 */
	SharedPageRows(JdbcClient jdbc, TransactionTemplate apart, long request, String worker) {
		this.jdbc = jdbc;
		this.apart = apart;
		this.request = request;
		this.worker = worker;
	}

	@Override
	public Optional<PageText> find(String sha256, int number) {
		return this.jdbc.sql("""
				SELECT page, text, source, confidence, hocr, width, height, dpi, rotation, skew, failure, failure_kind
				FROM shared_pages WHERE request_id = ? AND sha256 = ? AND page = ?""")
			.params(this.request, sha256, number)
			.query((rs, row) -> page(rs))
			.optional();
	}

	@Override
	public Set<Integer> kept(String sha256) {
		return new HashSet<>(this.jdbc.sql("SELECT page FROM shared_pages WHERE request_id = ? AND sha256 = ?")
			.params(this.request, sha256)
			.query(Integer.class)
			.list());
	}

	@Override
	public void keep(String sha256, PageText page) {
		PageImage image = page.image();
		SetAsideKind kind = page.failureKind();
		this.apart.executeWithoutResult((status) -> this.jdbc.sql("""
				INSERT INTO shared_pages (request_id, sha256, page, worker, text, source, confidence, hocr,
				  width, height, dpi, rotation, skew, failure, failure_kind)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (request_id, sha256, page) DO NOTHING""")
			.params(this.request, sha256, page.number(), this.worker, page.text(), page.source().name(),
					page.confidence(), page.hocr(), (image != null) ? image.width() : null,
					(image != null) ? image.height() : null, (image != null) ? image.dpi() : null,
					(image != null) ? image.rotation() : null, (image != null) ? image.skew() : null, page.failure(),
					(kind != null) ? kind.name() : null)
			.update());
	}

	/** Forgets the request's pages, once its job has completed. */
	void forget() {
		this.jdbc.sql("DELETE FROM shared_pages WHERE request_id = ?").param(this.request).update();
	}

	/**
	 * Forgets the pages of every request none of whose pages was read for this long: its
	 * job failed or was stopped and was not run again. A running job stores pages as it
	 * reads them, so its newest page is never that old.
	 * @return the pages forgotten
	 */
	static int forgetIdle(JdbcClient jdbc, Duration idle) {
		return jdbc.sql("""
				DELETE FROM shared_pages WHERE request_id IN (
				  SELECT request_id FROM shared_pages GROUP BY request_id
				  HAVING max(read_at) < now() - make_interval(secs => ?))""").param((double) idle.toSeconds()).update();
	}

	private static PageText page(ResultSet rs) throws SQLException {
		int width = rs.getInt("width");
		PageImage image = rs.wasNull() ? null : new PageImage(width, rs.getInt("height"), rs.getInt("dpi"),
				rs.getInt("rotation"), rs.getFloat("skew"));
		float confidence = rs.getFloat("confidence");
		Float read = rs.wasNull() ? null : confidence;
		String kind = rs.getString("failure_kind");
		return new PageText(rs.getInt("page"), rs.getString("text"), TextSource.valueOf(rs.getString("source")), read,
				rs.getString("hocr"), image, rs.getString("failure"), null, null,
				(kind != null) ? SetAsideKind.valueOf(kind) : null);
	}

}
