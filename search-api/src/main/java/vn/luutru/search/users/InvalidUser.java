package vn.luutru.search.users;

import org.springframework.http.HttpStatus;

import vn.luutru.search.system.ProblemException;

/** A user cannot be created or changed this way; the message says why, in Vietnamese. */
class InvalidUser extends ProblemException {

	/**
	 * A refused user.
	 * @param type {@code invalid-user} for a bad name, role or password (400);
	 * {@code user-exists} or {@code last-administrator} for a change the other accounts
	 * forbid (409)
	 */
	InvalidUser(String type, String message) {
		super(type.equals("invalid-user") ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT, type,
				"Không lưu được tài khoản", message);
	}

}
