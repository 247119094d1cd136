package vn.luutru.archive.catalog;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The catalogue of originals the archive holds, keyed by document id and unique by
 * SHA-256.
 */
@Repository
public class Documents {

	private final JdbcClient jdbc;

	Documents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether an original with these bytes is already held. */
	public boolean containsSha256(String sha256) {
		return this.jdbc.sql("SELECT count(*) FROM documents WHERE sha256 = ?")
			.param(sha256)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Records a new original.
	 * @return false when an original with the same bytes was recorded meanwhile
	 */
	public boolean add(CatalogedDocument document) {
		try {
			this.jdbc.sql("""
					INSERT INTO documents (id, sha256, file_name, source_path, stored_path, content_type, size_bytes,
					    page_count, title, text_source, ingested_at, job_execution_id)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(document.id().value(), document.sha256(), document.fileName(), document.sourcePath().toString(),
						document.storedPath().toString(), document.contentType(), document.sizeBytes(),
						document.pageCount(), document.title(), document.textSource(),
						Timestamp.from(document.ingestedAt()), document.jobExecutionId())
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * Forgets an original whose index entries could not be written, so that a later run
	 * ingests it again.
	 */
	public void remove(DocumentId id) {
		this.jdbc.sql("DELETE FROM documents WHERE id = ?").param(id.value()).update();
	}

	/** The document with this id. */
	public Optional<CatalogedDocument> find(DocumentId id) {
		return this.jdbc.sql("SELECT * FROM documents WHERE id = ?").param(id.value()).query(Documents::map).optional();
	}

	/**
	 * Documents in id order, a page at a time (an archive has millions).
	 * @param after the last id of the previous page, or {@code ""} for the first
	 */
	public List<CatalogedDocument> after(String after, int limit) {
		return this.jdbc.sql("SELECT * FROM documents WHERE id > ? ORDER BY id LIMIT ?")
			.params(after, limit)
			.query(Documents::map)
			.list();
	}

	/** Documents an ingestion job added. */
	public List<CatalogedDocument> addedBy(long jobExecutionId) {
		return this.jdbc.sql("SELECT * FROM documents WHERE job_execution_id = ? ORDER BY ingested_at")
			.param(jobExecutionId)
			.query(Documents::map)
			.list();
	}

	/** How many documents an ingestion job added. */
	public long countAddedBy(long jobExecutionId) {
		return this.jdbc.sql("SELECT count(*) FROM documents WHERE job_execution_id = ?")
			.param(jobExecutionId)
			.query(Long.class)
			.single();
	}

	/** How many pages an ingestion job added. */
	public long pagesAddedBy(long jobExecutionId) {
		return this.jdbc.sql("SELECT coalesce(sum(page_count), 0) FROM documents WHERE job_execution_id = ?")
			.param(jobExecutionId)
			.query(Long.class)
			.single();
	}

	private static CatalogedDocument map(ResultSet row, int rowNum) throws SQLException {
		return new CatalogedDocument(DocumentId.of(row.getString("id")), row.getString("sha256"),
				row.getString("file_name"), Path.of(row.getString("source_path")),
				Path.of(row.getString("stored_path")), row.getString("content_type"), row.getLong("size_bytes"),
				row.getInt("page_count"), row.getString("title"), row.getString("text_source"),
				row.getTimestamp("ingested_at").toInstant(), row.getLong("job_execution_id"));
	}

}
