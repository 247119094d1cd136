package vn.luutru.archive.catalog;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What kind of reason set a file or page aside: a stable word for metrics and filters,
 * beside the reason in Vietnamese words that staff read. Set where the failure is made,
 * never guessed from the words.
 */
public enum SetAsideKind {

	/** A PDF that needs a password. */
	ENCRYPTED,

	/** More pages than {@code luutru.limits.max-pages-per-file}. */
	TOO_MANY_PAGES,

	/** An image or page larger than the pixel limits. */
	IMAGE_TOO_LARGE,

	/**
	 * A structure nested deeper than {@code luutru.limits.max-nesting}, or a stack
	 * overflow.
	 */
	NESTING_TOO_DEEP,

	/** Reading took longer than the file's or page's deadline. */
	DEADLINE,

	/** Reading needed more memory than the worker has. */
	OUT_OF_MEMORY,

	/** Damaged, truncated, still being copied, or not readable by the worker. */
	UNREADABLE,

	/** Not a PDF, TIFF, JPEG or PNG. */
	UNSUPPORTED_TYPE,

	/** Zero bytes. */
	EMPTY,

	/** A FIFO, device, socket, folder or symbolic link. */
	NOT_A_REGULAR_FILE,

	/** Anything else, such as an unexpected exception. */
	OTHER;

	/** The kind as stored, tagged and shown in the API: {@code too-many-pages}. */
	@JsonValue
	public String tag() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The kind of a stored tag, {@link #OTHER} for one this version does not know. */
	public static SetAsideKind ofTag(String tag) {
		for (SetAsideKind kind : values()) {
			if (kind.tag().equals(tag)) {
				return kind;
			}
		}
		return OTHER;
	}

}
