package vn.luutru.search.users;

import org.jspecify.annotations.Nullable;

/**
 * A user to create.
 *
 * @param username login name: 2–63 lower-case letters, digits, dot, dash or underscore
 * @param displayName the person's name
 * @param role {@code scanning-staff}, {@code officer}, {@code viewer} or
 * {@code administrator}
 * @param password the password; when absent a random one is made and returned once
 */
public record NewUser(String username, @Nullable String displayName, String role, @Nullable String password) {
}
