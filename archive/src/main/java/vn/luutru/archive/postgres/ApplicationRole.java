package vn.luutru.archive.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The login role the application connects as: no superuser, no role or database creation,
 * and no rights of its own on the schema. What it may do to the tables is granted after
 * every migration ({@code db/migration/afterMigrate__grants.sql}).
 */
final class ApplicationRole {

	/** The advisory lock that serialises ensuring the role: an arbitrary key of ours. */
	private static final long ROLE_LOCK = 0x4c75757472750002L;

	private ApplicationRole() {
	}

	/**
	 * Creates the role, or gives an existing one this password (a cluster made by an
	 * earlier release has none).
	 * @param connection a connection as the database's owner, to the archive's database
	 * @param name the role's name, a plain lower-case identifier of ours
	 * @param password its password, hex digits of ours
	 */
	static void ensure(Connection connection, String name, String password) throws SQLException {
		// Processes starting at once (two workers beside a server) each ensure the role:
		// unserialised, the second's ALTER ROLE or REVOKE failed with "tuple concurrently
		// updated" and that worker did not start. One transaction under one lock at a
		// time.
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try {
			try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
				lock.setLong(1, ROLE_LOCK);
				lock.execute();
			}
			ensureHeld(connection, name, password);
			connection.commit();
		}
		catch (SQLException ex) {
			connection.rollback();
			throw ex;
		}
		finally {
			connection.setAutoCommit(autoCommit);
		}
	}

	private static void ensureHeld(Connection connection, String name, String password) throws SQLException {
		boolean exists;
		try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
			query.setString(1, name);
			try (ResultSet rows = query.executeQuery()) {
				exists = rows.next();
			}
		}
		try (Statement statement = connection.createStatement()) {
			// Neither a role name nor a password can be bound as a parameter here.
			statement.execute((exists ? "ALTER ROLE " : "CREATE ROLE ") + quoted(name)
					+ " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT PASSWORD '" + password.replace("'", "''")
					+ "'");
			// PostgreSQL before 15 lets every role create tables in the public schema.
			statement.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
		}
	}

	private static String quoted(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

}
