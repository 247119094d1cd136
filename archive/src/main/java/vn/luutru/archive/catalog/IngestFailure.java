package vn.luutru.archive.catalog;

import java.nio.file.Path;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A file an ingestion job set aside, or one page it could not read of a file it kept,
 * with the reason scanning staff act on.
 *
 * @param jobExecutionId the job execution
 * @param sourcePath the file
 * @param sha256 its SHA-256 when it could be read
 * @param page the 1-based page that could not be read, or null when the whole file was
 * set aside
 * @param reason what went wrong, in words
 * @param failedAt when
 * @param retriedIn the job that took the file up again once it was fixed, if one has
 * @param kind the kind of reason, for monitoring
 */
public record IngestFailure(long jobExecutionId, Path sourcePath, @Nullable String sha256, @Nullable Integer page,
		String reason, Instant failedAt, @Nullable Long retriedIn, SetAsideKind kind) {

	/** An entry whose kind of reason is not known. */
	public IngestFailure(long jobExecutionId, Path sourcePath, @Nullable String sha256, @Nullable Integer page,
			String reason, Instant failedAt, @Nullable Long retriedIn) {
		this(jobExecutionId, sourcePath, sha256, page, reason, failedAt, retriedIn, SetAsideKind.OTHER);
	}

	/** A whole file set aside for a reason of no known kind. */
	public static IngestFailure ofFile(long jobExecutionId, Path sourcePath, @Nullable String sha256, String reason,
			Instant failedAt) {
		return ofFile(jobExecutionId, sourcePath, sha256, SetAsideKind.OTHER, reason, failedAt);
	}

	/** A whole file set aside, for a reason of this kind. */
	public static IngestFailure ofFile(long jobExecutionId, Path sourcePath, @Nullable String sha256, SetAsideKind kind,
			String reason, Instant failedAt) {
		return new IngestFailure(jobExecutionId, sourcePath, sha256, null, reason, failedAt, null, kind);
	}

	/** One page of a kept file that could not be read. */
	public static IngestFailure ofPage(long jobExecutionId, Path sourcePath, @Nullable String sha256, int page,
			String reason, Instant failedAt) {
		return new IngestFailure(jobExecutionId, sourcePath, sha256, page, reason, failedAt, null);
	}

	/** The same entry, shown at another path. */
	public IngestFailure at(Path shown) {
		return new IngestFailure(this.jobExecutionId, shown, this.sha256, this.page, this.reason, this.failedAt,
				this.retriedIn, this.kind);
	}

	/** Whether the whole file was set aside (rather than one of its pages). */
	public boolean wholeFile() {
		return this.page == null;
	}

	/** The file's name. */
	public String fileName() {
		Path name = this.sourcePath.getFileName();
		return (name != null) ? name.toString() : this.sourcePath.toString();
	}

}
