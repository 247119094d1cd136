/**
 * Who may use the archive and what each may do: users and roles in PostgreSQL, bcrypt
 * password hashes, session login for the web pages and HTTP Basic for API clients, the
 * access rules of every endpoint, and the administrators' user management.
 */
@NullMarked
package vn.luutru.search.users;

import org.jspecify.annotations.NullMarked;
