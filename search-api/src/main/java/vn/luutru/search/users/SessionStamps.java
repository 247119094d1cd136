package vn.luutru.search.users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;

/**
 * What an account was when a session signed in: a digest of its password hash and role,
 * kept in the session. A session whose account has since been disabled, given another
 * role or a new password no longer matches, and is ended at its next request.
 *
 * <p>
 * The digest is compared with the users table on every request of a signed-in session
 * (one primary-key read), not kept in this server's memory: {@code ./luutru
 * reset-password} runs in a process of its own, and several web servers may share the
 * database.
 */
@Component
class SessionStamps {

	private static final String ATTRIBUTE = SessionStamps.class.getName();

	private final Users users;

	SessionStamps(Users users) {
		this.users = users;
	}

	/** Records in the request's session what the account is now. */
	void stamp(HttpServletRequest request, String username) {
		stampOf(username).ifPresent((stamp) -> request.getSession().setAttribute(ATTRIBUTE, stamp));
	}

	/**
	 * Whether the account the session signed in as has since been disabled, or given
	 * another role or password. Only sessions signed in through the login form carry a
	 * stamp: HTTP Basic keeps no session, and test tools put their user in one directly.
	 */
	boolean stale(HttpSession session, String username) {
		Object recorded = session.getAttribute(ATTRIBUTE);
		return recorded != null && !stampOf(username).map(recorded::equals).orElse(false);
	}

	private Optional<String> stampOf(String username) {
		return this.users.credentials(Users.canonical(username))
			.filter((credentials) -> credentials.account().enabled())
			.map((credentials) -> sha256(credentials.passwordHash() + "\n" + credentials.account().role().value()));
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
