package vn.luutru.search.users;

import org.jspecify.annotations.Nullable;

/**
 * A user just created.
 *
 * @param account the account
 * @param generatedPassword the password made for it, shown this once; null when the
 * administrator chose one
 */
public record CreatedUser(UserAccount account, @Nullable String generatedPassword) {
}
