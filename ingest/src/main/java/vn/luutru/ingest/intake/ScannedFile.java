package vn.luutru.ingest.intake;

import java.nio.file.Path;

/**
 * A file found in a scan folder.
 *
 * @param path absolute path
 * @param sizeBytes size when found
 */
public record ScannedFile(Path path, long sizeBytes) {

	/** The file's name. */
	public String fileName() {
		Path name = this.path.getFileName();
		return (name != null) ? name.toString() : this.path.toString();
	}

}
