package vn.luutru.search.users;

/** A user cannot be created or changed this way; the message says why, in Vietnamese. */
class InvalidUser extends RuntimeException {

	private final String kind;

	InvalidUser(String kind, String message) {
		super(message);
		this.kind = kind;
	}

	/**
	 * The problem type's last word: {@code invalid-user}, {@code user-exists},
	 * {@code last-administrator}.
	 */
	String kind() {
		return this.kind;
	}

}
