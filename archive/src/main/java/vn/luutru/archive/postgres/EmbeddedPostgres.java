package vn.luutru.archive.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.luutru.archive.process.Commands;
import vn.luutru.archive.process.Secrets;
import vn.luutru.archive.process.ServiceFailed;
import vn.luutru.archive.process.ServiceUser;
import vn.luutru.archive.process.StartLock;

/**
 * A private PostgreSQL cluster under {@code <data-dir>/postgres}, run from the machine's
 * server binaries on 127.0.0.1 with password authentication.
 *
 * <p>
 * Two roles: the cluster's owner, which owns the schema and runs the migrations, and the
 * application's role, which only reads and writes rows (see
 * {@code db/migration/afterMigrate__grants.sql}), so that the running archive cannot
 * change its schema or rewrite its audit log. Their passwords are generated on first
 * start and kept in {@code <data-dir>/secrets}, readable by the archive's user only. A
 * server already running from the same directory is reused and left running on
 * {@link #stop()}.
 */
public final class EmbeddedPostgres {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);

	private static final String SUPERUSER = "luutru";

	private static final String APPLICATION = "luutru_app";

	private final Path root;

	private final PostgresProperties.Embedded settings;

	private final ServiceUser user;

	private final Secrets secrets;

	private boolean owned;

	EmbeddedPostgres(Path root, PostgresProperties.Embedded settings, ServiceUser user) {
		this.root = root.toAbsolutePath().normalize();
		this.secrets = Secrets.of(this.root.getParent());
		this.settings = settings;
		this.user = user;
	}

	/** JDBC URL of the archive database. */
	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + this.settings.port() + "/" + this.settings.database();
	}

	/** The role that owns the schema and runs the migrations. */
	public String username() {
		return SUPERUSER;
	}

	/** The generated password of the owner. */
	public String password() {
		return this.secrets.read(Secrets.POSTGRES_OWNER);
	}

	/** The role the application connects as: rows only, no schema changes. */
	public String applicationUsername() {
		return APPLICATION;
	}

	/** The generated password of the application's role. */
	public String applicationPassword() {
		return this.secrets.read(Secrets.POSTGRES_APPLICATION);
	}

	/**
	 * Initialises the cluster once, starts it (or attaches to a running one) and creates
	 * the database.
	 * @throws ServiceFailed with the server's log when it cannot start
	 */
	public synchronized void start() {
		// Processes started together (workers after a crash) would each initialise or
		// start the cluster: the first does, the others wait and find it running.
		try (StartLock lock = StartLock.acquire(this.root.resolve("start.lock"), "PostgreSQL", Duration.ofMinutes(3))) {
			startOrAttach();
		}
	}

	private void startOrAttach() {
		Path bin = binDir();
		if (!Files.isRegularFile(cluster().resolve("PG_VERSION"))) {
			initialise(bin);
		}
		if (isRunning(bin)) {
			log.info("Using the embedded PostgreSQL already running on port {}", this.settings.port());
		}
		else {
			log.info("Starting embedded PostgreSQL on 127.0.0.1:{} as {}", this.settings.port(), this.user);
			this.user.own(this.root.resolve("run"));
			try {
				Commands.run(this.user.command(List.of(bin.resolve("pg_ctl").toString(), "-D", cluster().toString(),
						"-l", this.root.resolve("postgres.log").toString(), "-w", "-t", "120", "-o",
						"-p " + this.settings.port() + " -c max_connections=" + this.settings.maxConnections()
								+ " -c listen_addresses=127.0.0.1 -c unix_socket_directories="
								+ this.root.resolve("run"),
						"start")), null);
			}
			catch (ServiceFailed ex) {
				throw new ServiceFailed(ex.getMessage() + System.lineSeparator() + logTail(), ex);
			}
			this.owned = true;
		}
		createDatabase();
		createApplicationRole();
	}

	/** Stops the server if this process started it. */
	public synchronized void stop() {
		if (this.owned) {
			stopRunning();
			this.owned = false;
		}
	}

	/** Stops the server whoever started it (used by {@code luutru stop}). */
	public synchronized boolean stopRunning() {
		if (!Files.isRegularFile(cluster().resolve("postmaster.pid"))) {
			return false;
		}
		Path bin = binDir();
		if (!isRunning(bin)) {
			return false;
		}
		log.info("Stopping embedded PostgreSQL");
		Commands.run(this.user
			.command(List.of(bin.resolve("pg_ctl").toString(), "-D", cluster().toString(), "-m", "fast", "-w", "stop")),
				null);
		return true;
	}

	/**
	 * Stops the server kept under a data directory, whoever started it.
	 * @return whether a running server was stopped
	 */
	public static boolean stopAt(Path dataDir, PostgresProperties.Embedded settings, ServiceUser user) {
		return new EmbeddedPostgres(dataDir.resolve("postgres"), settings, user).stopRunning();
	}

	private boolean isRunning(Path bin) {
		return Commands.exitCode(this.user
			.command(List.of(bin.resolve("pg_ctl").toString(), "-D", cluster().toString(), "status"))) == 0;
	}

	private void initialise(Path bin) {
		log.info("Initialising a PostgreSQL cluster in {}", cluster());
		try {
			String password = this.secrets.create(Secrets.POSTGRES_OWNER);
			Files.createDirectories(this.root);
			// initdb runs as the service user, which cannot read the secrets folder: hand
			// it a copy to delete.
			Path pwfile = this.root.resolve("initdb.pw");
			Files.writeString(pwfile, password, StandardCharsets.US_ASCII);
			this.user.own(this.root);
			try {
				Commands
					.run(this.user.command(List.of(bin.resolve("initdb").toString(), "-D", cluster().toString(), "-U",
							SUPERUSER, "--pwfile=" + pwfile, "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8")),
							null);
			}
			finally {
				Files.deleteIfExists(pwfile);
			}
		}
		catch (IOException ex) {
			throw new ServiceFailed("Cannot initialise PostgreSQL under " + this.root + ": " + ex.getMessage(), ex);
		}
	}

	private void createDatabase() {
		String adminUrl = "jdbc:postgresql://127.0.0.1:" + this.settings.port() + "/postgres";
		try (Connection connection = DriverManager.getConnection(adminUrl, ownerCredentials());
				PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
			exists.setString(1, this.settings.database());
			try (ResultSet rows = exists.executeQuery()) {
				if (rows.next()) {
					return;
				}
			}
			try (Statement create = connection.createStatement()) {
				// Identifiers cannot be bound; the name comes from configuration and is
				// quoted.
				create.execute("CREATE DATABASE \"" + this.settings.database().replace("\"", "\"\"")
						+ "\" ENCODING 'UTF8' TEMPLATE template0");
			}
		}
		catch (SQLException ex) {
			throw new ServiceFailed("Cannot create the database " + this.settings.database() + ": " + ex.getMessage(),
					ex);
		}
	}

	private void createApplicationRole() {
		String password = this.secrets.readOrCreate(Secrets.POSTGRES_APPLICATION);
		try (Connection connection = DriverManager.getConnection(jdbcUrl(), ownerCredentials())) {
			ApplicationRole.ensure(connection, APPLICATION, password);
		}
		catch (SQLException ex) {
			throw new ServiceFailed("Cannot create the application's PostgreSQL role: " + ex.getMessage(), ex);
		}
	}

	private Properties ownerCredentials() {
		Properties credentials = new Properties();
		credentials.setProperty("user", SUPERUSER);
		credentials.setProperty("password", password());
		return credentials;
	}

	private Path binDir() {
		return binDir(this.settings.binDir());
	}

	/**
	 * The PostgreSQL binaries: the configured folder, else the newest Debian
	 * {@code /usr/lib/postgresql/<version>/bin}.
	 */
	static Path binDir(@Nullable Path configured) {
		if (configured != null) {
			return configured;
		}
		Path debian = Path.of("/usr/lib/postgresql");
		if (Files.isDirectory(debian)) {
			try (Stream<Path> versions = Files.list(debian)) {
				Path newest = versions.filter((dir) -> Files.isExecutable(dir.resolve("bin/initdb")))
					.max(Comparator.comparingInt(EmbeddedPostgres::majorVersion))
					.orElse(null);
				if (newest != null) {
					return newest.resolve("bin");
				}
			}
			catch (IOException ex) {
				// fall through to the message below
			}
		}
		throw new ServiceFailed("PostgreSQL server binaries not found: install the Debian package 'postgresql' "
				+ "(./luutru does this), set luutru.postgres.embedded.bin-dir, or use luutru.postgres.mode=external.");
	}

	private static int majorVersion(Path dir) {
		try {
			return Integer.parseInt(dir.getFileName().toString());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private Path cluster() {
		return this.root.resolve("cluster");
	}

	private String logTail() {
		Path logFile = this.root.resolve("postgres.log");
		try {
			List<String> lines = Files.isRegularFile(logFile) ? Files.readAllLines(logFile) : List.of();
			return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 20), lines.size()));
		}
		catch (IOException ex) {
			return "";
		}
	}

}
