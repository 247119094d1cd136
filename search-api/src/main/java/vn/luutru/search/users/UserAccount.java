package vn.luutru.search.users;

import java.time.Instant;

/**
 * A user as administrators see it: never the password hash.
 *
 * @param username the login name (lower case letters, digits, dot, dash, underscore)
 * @param displayName the person's name as shown in the pages and the audit log
 * @param role what the user may do
 * @param enabled false once an administrator disabled the account
 * @param createdAt when the account was made
 * @param updatedAt when it last changed
 */
public record UserAccount(String username, String displayName, Role role, boolean enabled, Instant createdAt,
		Instant updatedAt) {
}
