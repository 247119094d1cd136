package vn.luutru.search.users;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code users} table.
 */
@Repository
class Users {

	private static final String COLUMNS = "username, display_name, role, enabled, created_at, updated_at";

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,62}");

	private final JdbcClient jdbc;

	Users(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<UserAccount> all() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM users ORDER BY username").query(Users::account).list();
	}

	Optional<UserAccount> find(String username) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE username = ?")
			.param(username)
			.query(Users::account)
			.optional();
	}

	/**
	 * A user name as typed at sign-in or when an account is made, as the table keeps it:
	 * without surrounding spaces, in lower case.
	 */
	static String canonical(String typed) {
		return typed.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * Whether a canonical name has the form every user name has (the table checks it).
	 */
	static boolean isUsername(String canonical) {
		return USERNAME.matcher(canonical).matches();
	}

	/** The account with its password hash, for signing in. */
	Optional<Credentials> credentials(String username) {
		return this.jdbc.sql("SELECT " + COLUMNS + ", password_hash FROM users WHERE username = ?")
			.param(username)
			.query((rs, row) -> new Credentials(account(rs, row), rs.getString("password_hash")))
			.optional();
	}

	boolean insert(String username, String displayName, Role role, String passwordHash) {
		return this.jdbc.sql("""
				INSERT INTO users (username, display_name, role, password_hash) VALUES (?, ?, ?, ?)
				ON CONFLICT (username) DO NOTHING
				""").params(username, displayName, role.value(), passwordHash).update() == 1;
	}

	/** Changes an account; a null password hash keeps the password. */
	void update(String username, String displayName, Role role, boolean enabled, @Nullable String passwordHash) {
		this.jdbc.sql("""
				UPDATE users SET display_name = :displayName, role = :role, enabled = :enabled,
				       password_hash = COALESCE(:hash, password_hash),
				       updated_at = now()
				WHERE username = :username
				""")
			.param("displayName", displayName)
			.param("role", role.value())
			.param("enabled", enabled)
			.param("hash", passwordHash)
			.param("username", username)
			.update();
	}

	/** Enabled administrators, counted under a lock so two demotions cannot both pass. */
	int lockAndCountEnabledAdministrators() {
		return this.jdbc.sql("SELECT username FROM users WHERE role = 'administrator' AND enabled FOR UPDATE")
			.query(String.class)
			.list()
			.size();
	}

	private static UserAccount account(ResultSet rs, int row) throws SQLException {
		return new UserAccount(rs.getString("username"), rs.getString("display_name"), Role.of(rs.getString("role")),
				rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

	/**
	 * An account and its password hash.
	 *
	 * @param account the account
	 * @param passwordHash the hash in Spring Security's {@code {id}hash} form
	 */
	record Credentials(UserAccount account, String passwordHash) {
	}

}
