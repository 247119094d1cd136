package vn.luutru.search.users;

import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/session}: who is signed in; and the CSRF token a page needs before its
 * first change (asking for it also sets the {@code XSRF-TOKEN} cookie).
 */
@RestController
class SessionController {

	private final Users users;

	SessionController(Users users) {
		this.users = users;
	}

	@GetMapping("/api/session")
	Session session(Authentication authentication) {
		return this.users.find(authentication.getName())
			.map(Session::of)
			.orElseThrow(() -> new UserNotFound(authentication.getName()));
	}

	/**
	 * Sets the {@code XSRF-TOKEN} cookie: the pages send its value back in the named
	 * header (the token in the request itself is masked per request, so it is not shown).
	 */
	@GetMapping("/api/session/csrf")
	Map<String, String> csrf(CsrfToken token) {
		token.getToken(); // loading the deferred token is what writes the cookie
		return Map.of("cookieName", "XSRF-TOKEN", "headerName", token.getHeaderName());
	}

}
