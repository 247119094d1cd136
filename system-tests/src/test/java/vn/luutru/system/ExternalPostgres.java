package vn.luutru.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A PostgreSQL server the archive does not start: a cluster of the machine's own server
 * binaries, initialised and started by the test as a department's administrator would
 * (the roles and database of docs/operations.md, password logins over TCP on loopback),
 * run as the service user. The archive reaches it in external mode only.
 */
final class ExternalPostgres implements AutoCloseable {

	static final String OWNER = "luutru_owner";

	static final String APPLICATION = "luutru_app";

	private static final String OWNER_PASSWORD = "chu-so-huu-thu";

	private static final String APPLICATION_PASSWORD = "ung-dung-thu";

	private final Path root;

	private final Path bin;

	private final int port;

	private ExternalPostgres(Path root, Path bin, int port) {
		this.root = root;
		this.bin = bin;
		this.port = port;
	}

	/**
	 * Initialises a cluster under {@code root}, starts it and makes the archive's roles.
	 */
	static ExternalPostgres start(Path root, int port) throws IOException {
		ExternalPostgres server = new ExternalPostgres(root, newestBinaries(), port);
		Files.createDirectories(root.resolve("run"));
		Path pwfile = root.resolve("initdb.pw");
		Files.writeString(pwfile, "quan-tri-thu");
		Installation.handToServiceUser(root);
		Installation.exec(Installation.asServiceUser(server.bin.resolve("initdb").toString(), "-D",
				root.resolve("data").toString(), "-U", "postgres", "--pwfile=" + pwfile, "--auth-local=trust",
				"--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"));
		Installation.exec(Installation.asServiceUser(server.bin.resolve("pg_ctl").toString(), "-D",
				root.resolve("data").toString(), "-l", root.resolve("postgres.log").toString(), "-w", "-t", "60", "-o",
				"-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + root.resolve("run"),
				"start"));
		server.sql("postgres", "CREATE ROLE " + OWNER + " LOGIN PASSWORD '" + OWNER_PASSWORD + "'");
		server.sql("postgres", "CREATE ROLE " + APPLICATION + " LOGIN PASSWORD '" + APPLICATION_PASSWORD
				+ "' NOSUPERUSER NOCREATEDB NOCREATEROLE");
		server.sql("postgres", "CREATE DATABASE luutru OWNER " + OWNER + " ENCODING 'UTF8' TEMPLATE template0");
		server.sql("luutru", "REVOKE CREATE ON SCHEMA public FROM PUBLIC");
		server.sql("luutru", "GRANT CREATE ON SCHEMA public TO " + OWNER);
		return server;
	}

	/** The archive's options for this server, as docs/operations.md gives them. */
	List<String> options() {
		return List.of("--luutru.postgres.mode=external",
				"--luutru.postgres.external.url=jdbc:postgresql://127.0.0.1:" + this.port + "/luutru",
				"--luutru.postgres.external.username=" + APPLICATION,
				"--luutru.postgres.external.password=" + APPLICATION_PASSWORD,
				"--luutru.postgres.external.migration-username=" + OWNER,
				"--luutru.postgres.external.migration-password=" + OWNER_PASSWORD);
	}

	/** Runs a statement as the superuser over the local socket; its output, unaligned. */
	String sql(String database, String statement) {
		return Installation.exec(Installation.asServiceUser("psql", "-h", this.root.resolve("run").toString(), "-p",
				Integer.toString(this.port), "-U", "postgres", "-d", database, "-v", "ON_ERROR_STOP=1", "-Atc",
				statement))
			.strip();
	}

	/** Stops the server at once: its data is thrown away with the test. */
	@Override
	public void close() {
		Installation.exec(Installation.asServiceUser(this.bin.resolve("pg_ctl").toString(), "-D",
				this.root.resolve("data").toString(), "-m", "immediate", "-w", "stop"));
	}

	private static Path newestBinaries() throws IOException {
		try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
			return versions.map((version) -> version.resolve("bin"))
				.filter((bin) -> Files.isExecutable(bin.resolve("initdb")))
				.max(Comparator.comparing((bin) -> Integer.parseInt(bin.getParent().getFileName().toString())))
				.orElseThrow(() -> new UncheckedIOException(new IOException("No PostgreSQL server binaries")));
		}
	}

}
