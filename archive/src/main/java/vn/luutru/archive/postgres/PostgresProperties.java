package vn.luutru.archive.postgres;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the archive reaches PostgreSQL.
 *
 * @param mode {@code embedded} (default) runs the machine's PostgreSQL server binaries on
 * a private cluster under the data directory; {@code external} connects to an existing
 * server and starts nothing
 * @param embedded settings of the embedded server
 * @param external settings of an existing server
 * @param poolSize connections this instance keeps open to the database (default 10,
 * HikariCP's): each instance of the archive holds this many, so the server's
 * {@code max_connections} must cover all of them
 */
@ConfigurationProperties("luutru.postgres")
public record PostgresProperties(@DefaultValue("embedded") Mode mode, @DefaultValue Embedded embedded,
		@DefaultValue External external, @DefaultValue("10") int poolSize) {

	public PostgresProperties {
		if (poolSize < 1) {
			throw new IllegalArgumentException("luutru.postgres.pool-size must be at least 1, not " + poolSize);
		}
	}

	/** Whether the archive runs its own server or uses one. */
	public enum Mode {

		/** A private cluster started by the archive on 127.0.0.1. */
		EMBEDDED,

		/** An existing server; nothing is started. */
		EXTERNAL

	}

	/**
	 * The embedded server.
	 *
	 * @param port TCP port on 127.0.0.1 (default 5433, beside a system server's 5432)
	 * @param binDir directory of {@code initdb} and {@code pg_ctl}; default: the newest
	 * {@code /usr/lib/postgresql/<version>/bin}
	 * @param database database name (default {@code luutru})
	 * @param maxConnections the server's {@code max_connections} (default 100,
	 * PostgreSQL's): at least the web server's and every worker's {@code pool-size}
	 * together, plus a few for commands; applied when the server starts
	 */
	public record Embedded(@DefaultValue("5433") int port, @Nullable Path binDir,
			@DefaultValue("luutru") String database, @DefaultValue("100") int maxConnections) {
	}

	/**
	 * An existing server.
	 *
	 * @param url JDBC URL, for example {@code jdbc:postgresql://db.internal:5432/luutru}
	 * @param username the role the application connects as; give it no rights of its own
	 * on the schema (docs/operations.md): the migrations grant it what it needs
	 * @param password its password
	 * @param migrationUsername the role that owns the schema and runs the migrations at
	 * start-up; when unset, the application's role runs them and owns the schema, which
	 * lets the application change its own tables and audit log
	 * @param migrationPassword its password
	 */
	public record External(@Nullable String url, @Nullable String username, @Nullable String password,
			@Nullable String migrationUsername, @Nullable String migrationPassword) {
	}

}
