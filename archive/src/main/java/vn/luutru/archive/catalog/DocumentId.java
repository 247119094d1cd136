package vn.luutru.archive.catalog;

import java.util.regex.Pattern;

/**
 * The archive's id of a document: the first 24 hex digits of its SHA-256, so the same
 * bytes always get the same id, across re-runs and index rebuilds.
 *
 * @param value 24 lowercase hex digits
 */
public record DocumentId(String value) {

	private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{24}");

	public DocumentId {
		if (!FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("A document id is 24 lowercase hex digits, not '" + value + "'");
		}
	}

	/** The id of the document with this SHA-256. */
	public static DocumentId fromSha256(String sha256) {
		return new DocumentId(sha256.substring(0, 24));
	}

	/** Parses an id given by a user, for example in a URL. */
	public static DocumentId of(String value) {
		return new DocumentId(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
