package vn.luutru.archive.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.luutru.archive.catalog.DocumentId;

/**
 * The checksums of the derivatives worth keeping, recorded when they are written, for the
 * fixity check.
 */
public class StoredFiles {

	private final JdbcClient jdbc;

	public StoredFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A stored file and the checksum it was written with.
	 *
	 * @param path where it is
	 * @param documentId the document it belongs to
	 * @param sha256 its SHA-256 when written
	 */
	public record StoredFile(Path path, DocumentId documentId, String sha256) {
	}

	/** Records a file just written (again) for a document, with its current checksum. */
	public void record(DocumentId document, Path file) throws IOException {
		this.jdbc.sql("""
				INSERT INTO stored_files (path, document_id, sha256, size_bytes) VALUES (?, ?, ?, ?)
				ON CONFLICT (path) DO UPDATE SET document_id = excluded.document_id, sha256 = excluded.sha256,
				    size_bytes = excluded.size_bytes, stored_at = now()""")
			.params(file.toAbsolutePath().toString(), document.value(), Fingerprints.sha256(file), Files.size(file))
			.update();
	}

	/**
	 * Recorded files in path order, a page at a time (an archive has millions).
	 * @param after the last path of the previous page, or {@code ""} for the first
	 */
	public List<StoredFile> after(String after, int limit) {
		return this.jdbc.sql("SELECT path, document_id, sha256 FROM stored_files WHERE path > ? ORDER BY path LIMIT ?")
			.params(after, limit)
			.query((row, n) -> new StoredFile(Path.of(row.getString("path")),
					DocumentId.of(row.getString("document_id")), row.getString("sha256")))
			.list();
	}

}
