package vn.luutru.search.users;

import java.util.List;

/**
 * The signed-in user, as the pages need it to show the right things.
 *
 * @param username login name
 * @param displayName name to show
 * @param role the role
 * @param roleLabel the role's Vietnamese name
 * @param landing the page the role starts on
 * @param permissions what the role may do
 */
record Session(String username, String displayName, Role role, String roleLabel, String landing,
		List<Permission> permissions) {

	static Session of(UserAccount account) {
		return new Session(account.username(), account.displayName(), account.role(), account.role().label(),
				account.role().landing(), List.copyOf(account.role().permissions()));
	}

}
