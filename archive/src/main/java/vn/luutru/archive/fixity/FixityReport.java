package vn.luutru.archive.fixity;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a fixity check found.
 *
 * @param id the check's number
 * @param startedAt when it started
 * @param finishedAt when it finished; null while it runs, or when it died
 * @param startedBy who or what started it ({@code schedule}, a user name)
 * @param filesChecked originals and derivatives read
 * @param bytesChecked their bytes
 * @param problems the files missing, changed or unreadable
 */
public record FixityReport(long id, Instant startedAt, @Nullable Instant finishedAt, String startedBy,
		long filesChecked, long bytesChecked, List<Problem> problems) {

	/** Whether every file was there with the bytes it was stored with. */
	public boolean intact() {
		return this.problems.isEmpty();
	}

	/**
	 * A file that is not as it was stored.
	 *
	 * @param documentId the document it belongs to
	 * @param path where it should be
	 * @param kind what is wrong
	 * @param expectedSha256 the checksum it was stored with
	 * @param actualSha256 the checksum it has now; null when it could not be read
	 */
	public record Problem(String documentId, String path, Kind kind, String expectedSha256,
			@Nullable String actualSha256) {
	}

	/** What is wrong with a file. */
	public enum Kind {

		/** Not there any more. */
		MISSING,

		/** There, with other bytes. */
		CHANGED,

		/** There, but it cannot be read. */
		UNREADABLE;

		/** The word the database and the API use. */
		public String code() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		/** What staff read, in Vietnamese. */
		public String label() {
			return switch (this) {
				case MISSING -> "tệp bị mất";
				case CHANGED -> "nội dung tệp đã bị thay đổi";
				case UNREADABLE -> "không đọc được tệp";
			};
		}

	}

}
