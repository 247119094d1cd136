package vn.luutru.search.users;

import org.jspecify.annotations.Nullable;

/**
 * What to change on a user; absent fields stay as they are.
 *
 * @param displayName the person's name
 * @param role the new role
 * @param enabled false to disable the account (it cannot sign in; its history stays)
 * @param password a new password
 */
record UserChange(@Nullable String displayName, @Nullable String role, @Nullable Boolean enabled,
		@Nullable String password) {
}
