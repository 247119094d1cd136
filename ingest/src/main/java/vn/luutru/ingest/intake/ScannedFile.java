package vn.luutru.ingest.intake;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import vn.luutru.archive.catalog.SetAsideKind;

/**
 * A file found in a scan folder.
 *
 * @param path absolute path
 * @param sizeBytes size when found
 * @param refusal why the entry is set aside without being opened (a FIFO, a device, a
 * symbolic link, an unreadable or empty file), in words scanning staff act on; null for a
 * file to read
 * @param refusedAs the kind of the refusal; null for a file to read
 */
public record ScannedFile(Path path, long sizeBytes, @Nullable String refusal, @Nullable SetAsideKind refusedAs) {

	/** A regular file to read. */
	public ScannedFile(Path path, long sizeBytes) {
		this(path, sizeBytes, null, null);
	}

	/** An entry set aside unread, for this reason of no known kind. */
	public static ScannedFile refused(Path path, long sizeBytes, String reason) {
		return refused(path, sizeBytes, SetAsideKind.OTHER, reason);
	}

	/** An entry set aside unread, for this reason of this kind. */
	public static ScannedFile refused(Path path, long sizeBytes, SetAsideKind kind, String reason) {
		return new ScannedFile(path, sizeBytes, reason, kind);
	}

	/** The file's name. */
	public String fileName() {
		Path name = this.path.getFileName();
		return (name != null) ? name.toString() : this.path.toString();
	}

}
