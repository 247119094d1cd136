package vn.luutru.archive.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.luutru.archive.process.ServiceFailed;

/**
 * Dumps the archive database with {@code pg_dump} and loads a dump with
 * {@code pg_restore}, as the role that owns the schema, with the PostgreSQL binaries the
 * embedded server uses (the newest Debian ones unless
 * {@code luutru.postgres.embedded.bin-dir} says otherwise): against the embedded server
 * and an external one alike. The dump is PostgreSQL's custom format, without owners or
 * grants: a restore recreates the tables owned by whoever loads them, and the next
 * migration grants the application's role its rights.
 */
public final class DatabaseDumps {

	// What a schema owner may drop before loading a dump: everything of its own in the
	// schema, so that a newer installation's tables do not clash with the dump's.
	private static final String DROP_OWN_OBJECTS = """
			DO $$
			DECLARE item record;
			BEGIN
			    FOR item IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
			            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND pg_get_userbyid(c.relowner) = current_user LOOP
			        EXECUTE format('DROP TABLE IF EXISTS public.%I CASCADE', item.relname);
			    END LOOP;
			    FOR item IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
			            WHERE n.nspname = 'public' AND c.relkind IN ('S', 'v') AND pg_get_userbyid(c.relowner) = current_user LOOP
			        EXECUTE format('DROP %s IF EXISTS public.%I CASCADE',
			            CASE item.relkind WHEN 'v' THEN 'VIEW' ELSE 'SEQUENCE' END, item.relname);
			    END LOOP;
			    FOR item IN SELECT p.oid::regprocedure AS signature FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
			            WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) = current_user LOOP
			        EXECUTE format('DROP FUNCTION IF EXISTS %s CASCADE', item.signature);
			    END LOOP;
			END
			$$""";

	private final @Nullable Path binDir;

	private final String jdbcUrl;

	private final String username;

	private final @Nullable String password;

	/**
	 * @param binDir the configured folder of the binaries; null for the newest Debian
	 * ones, looked for when first needed (a web server on an external database may have
	 * none)
	 */
	DatabaseDumps(@Nullable Path binDir, String jdbcUrl, String username, @Nullable String password) {
		this.binDir = binDir;
		this.jdbcUrl = jdbcUrl;
		this.username = username;
		this.password = password;
	}

	/**
	 * Writes a consistent dump of the whole database (one snapshot) to a file.
	 * @throws ServiceFailed with pg_dump's message when it fails
	 */
	public void dump(Path file) {
		run(List.of(tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges", "--file=" + file,
				"--username=" + this.username, "--dbname=" + connectionUri()));
	}

	/**
	 * Replaces the database's tables with a dump's, in one transaction: everything the
	 * schema owner owns is dropped first. Run the migrations afterwards.
	 * @throws ServiceFailed with pg_restore's message when it fails
	 */
	public void restore(Path file) {
		try (Connection connection = DriverManager.getConnection(this.jdbcUrl, this.username, this.password);
				Statement statement = connection.createStatement()) {
			statement.execute(DROP_OWN_OBJECTS);
		}
		catch (SQLException ex) {
			throw new ServiceFailed("Cannot empty the database before loading the dump: " + ex.getMessage());
		}
		run(List.of(tool("pg_restore"), "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error",
				"--username=" + this.username, "--dbname=" + connectionUri(), file.toString()));
	}

	/**
	 * libpq's form of the JDBC URL: host, port and database; JDBC's parameters dropped.
	 */
	String connectionUri() {
		String uri = this.jdbcUrl.startsWith("jdbc:") ? this.jdbcUrl.substring("jdbc:".length()) : this.jdbcUrl;
		int query = uri.indexOf('?');
		return (query >= 0) ? uri.substring(0, query) : uri;
	}

	private String tool(String name) {
		Path tool = EmbeddedPostgres.binDir(this.binDir).resolve(name);
		if (!Files.isExecutable(tool)) {
			throw new ServiceFailed(tool + " not found: install the Debian package 'postgresql-client' of the"
					+ " server's version or set luutru.postgres.embedded.bin-dir");
		}
		return tool.toString();
	}

	private void run(List<String> command) {
		ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
			.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
		if (this.password != null) {
			builder.environment().put("PGPASSWORD", this.password);
		}
		// A dump of a large catalogue takes as long as it takes: no timeout.
		try {
			Process process = builder.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int status = process.waitFor();
			if (status != 0) {
				throw new ServiceFailed(
						Path.of(command.getFirst()).getFileName() + " failed (exit " + status + "): " + output.strip());
			}
		}
		catch (IOException ex) {
			throw new ServiceFailed("Cannot run " + command.getFirst() + ": " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ServiceFailed("Interrupted while running " + command.getFirst());
		}
	}

}
