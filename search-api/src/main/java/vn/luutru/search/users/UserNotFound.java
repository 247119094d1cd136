package vn.luutru.search.users;

import org.springframework.http.HttpStatus;

import vn.luutru.search.system.ProblemException;

/** No user has this name. */
class UserNotFound extends ProblemException {

	UserNotFound(String username) {
		super(HttpStatus.NOT_FOUND, "user-not-found", "Không có tài khoản", "Không có tài khoản '" + username + "'.");
	}

}
