package vn.luutru.ingest.catalog;

import java.nio.file.Path;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A file an ingestion job set aside, with the reason scanning staff act on.
 *
 * @param jobExecutionId the job execution
 * @param sourcePath the file
 * @param sha256 its SHA-256 when it could be read
 * @param reason what went wrong, in words
 * @param failedAt when
 */
public record IngestFailure(long jobExecutionId, Path sourcePath, @Nullable String sha256, String reason,
		Instant failedAt) {

	/** The file's name. */
	public String fileName() {
		Path name = this.sourcePath.getFileName();
		return (name != null) ? name.toString() : this.sourcePath.toString();
	}

}
