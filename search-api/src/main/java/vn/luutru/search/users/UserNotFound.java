package vn.luutru.search.users;

/** No user has this name. */
class UserNotFound extends RuntimeException {

	UserNotFound(String username) {
		super("Không có tài khoản '" + username + "'.");
	}

}
