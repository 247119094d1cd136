package vn.luutru.ingest.intake;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * A scanned file with the SHA-256 of its bytes, the identity of a document in the
 * archive.
 *
 * @param file the file
 * @param sha256 lowercase hex SHA-256; null for an entry the scan folder refused, which
 * is never read
 */
public record FingerprintedFile(ScannedFile file, @Nullable String sha256) {

	/** Shortcut for the file's path. */
	public Path path() {
		return this.file.path();
	}

}
