package vn.luutru.ingest.intake;

import java.nio.file.Path;

/**
 * A scanned file with the SHA-256 of its bytes, the identity of a document in the
 * archive.
 *
 * @param file the file
 * @param sha256 lowercase hex SHA-256
 */
public record FingerprintedFile(ScannedFile file, String sha256) {

	/** Shortcut for the file's path. */
	public Path path() {
		return this.file.path();
	}

}
