package vn.luutru.search;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.luutru.search.users.NewUser;
import vn.luutru.search.users.UserService;

/**
 * The accounts tests sign in with over HTTP Basic, as an API client would. The test
 * classes share one database, so an account is made only by the first test that needs it.
 */
public final class TestAccounts {

	private TestAccounts() {
	}

	/** Creates the account unless it exists already. */
	public static void ensure(JdbcClient jdbc, UserService users, NewUser account) {
		if (jdbc.sql("SELECT count(*) FROM users WHERE username = ?")
			.param(account.username())
			.query(Integer.class)
			.single() == 0) {
			users.create(account);
		}
	}

}
