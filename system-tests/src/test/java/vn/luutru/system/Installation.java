package vn.luutru.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An installation of the archive for one test class: a data directory of its own under
 * {@code /tmp/luutru-it} (which the unprivileged service user can reach when the tests
 * run as root), free loopback ports for the web server and both stores, and the
 * checkout's {@code ./luutru} launcher run with {@code LUUTRU_SKIP_SETUP=1} on the
 * packaged jars.
 *
 * <p>
 * {@link #close()} stops whatever the tests started, even when they failed: first with
 * {@code ./luutru stop}, then by killing any process that outlived it.
 */
final class Installation implements AutoCloseable {

	private static final Pattern ADMINISTRATOR_PASSWORD = Pattern.compile("Mật khẩu: (\\S+)");

	static final Path CHECKOUT = Path.of(System.getProperty("luutru.checkout", "..")).toAbsolutePath().normalize();

	private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(10);

	/** The launcher's default service user. */
	static final String SERVICE_USER = "luutru";

	private final Path dataDir;

	private final int webPort;

	private final int elasticsearchHttpPort;

	private final int elasticsearchTransportPort;

	private final List<String> options;

	private final List<Process> started = new ArrayList<>();

	private Installation(Path dataDir, List<String> more) {
		this.dataDir = dataDir;
		int[] ports = freePorts(4);
		this.webPort = ports[0];
		this.elasticsearchHttpPort = ports[1];
		this.elasticsearchTransportPort = ports[2];
		List<String> options = new ArrayList<>(List.of("--luutru.data-dir=" + dataDir, "--server.port=" + this.webPort,
				"--luutru.elasticsearch.embedded.http-port=" + ports[1],
				"--luutru.elasticsearch.embedded.transport-port=" + ports[2],
				"--luutru.elasticsearch.embedded.heap=512m", "--luutru.postgres.embedded.port=" + ports[3],
				"--luutru.postgres.pool-size=4",
				// The tests' scan folders are @TempDirs; the data directory below stays
				// off
				// limits all the same.
				"--luutru.ingest.roots=" + Path.of(System.getProperty("java.io.tmpdir"))));
		String distribution = System.getProperty("luutru.elasticsearch.embedded.distribution");
		if (distribution != null) {
			options.add("--luutru.elasticsearch.embedded.distribution=" + distribution);
		}
		options.addAll(more);
		this.options = List.copyOf(options);
	}

	/** A new installation with an empty data directory. */
	static Installation create(String name) {
		return create(name, List.of());
	}

	/**
	 * A new installation with an empty data directory and more options (which win over
	 * the defaults above: Spring takes the last of a repeated argument).
	 */
	static Installation create(String name, List<String> options) {
		Path dataDir = directory("system-" + name);
		try {
			Files.createDirectories(dataDir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Installation(dataDir, options);
	}

	/** An empty directory of this checkout's under {@code /tmp/luutru-it}. */
	static Path directory(String name) {
		String checkout = Integer.toHexString(CHECKOUT.toString().hashCode());
		Path dir = Path.of("/tmp/luutru-it", checkout, name);
		deleteTree(dir);
		return dir;
	}

	Path dataDir() {
		return this.dataDir;
	}

	int webPort() {
		return this.webPort;
	}

	/** The embedded Elasticsearch node's HTTP and transport ports. */
	List<Integer> elasticsearchPorts() {
		return List.of(this.elasticsearchHttpPort, this.elasticsearchTransportPort);
	}

	/** Runs {@code ./luutru} with this installation's options to its end. */
	Ran luutru(String... args) {
		Process process = start(launcher(args), ProcessBuilder.Redirect.PIPE);
		CompletableFuture<String> out = read(process.getInputStream());
		CompletableFuture<String> err = read(process.getErrorStream());
		try {
			if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError("./luutru " + String.join(" ", args) + " did not end within " + COMMAND_TIMEOUT
						+ System.lineSeparator() + out.getNow("") + err.getNow(""));
			}
			return new Ran(process.exitValue(), out.join(), err.join());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	/**
	 * Starts {@code ./luutru} with this installation's options in the background, its
	 * output in {@code <data-dir>/<name>.log}.
	 */
	Process background(String name, String... args) {
		Path log = this.dataDir.resolve(name + ".log");
		Process process = start(launcher(args), ProcessBuilder.Redirect.appendTo(log.toFile()));
		this.started.add(process);
		return process;
	}

	/**
	 * Starts the web server and makes the administrator {@code quantri}.
	 * @return the server's API, signed in as {@code quantri} with the password
	 * {@code add-user} printed once
	 */
	Api serveWithAdministrator() {
		// Ten minutes: on a loaded 2-core machine the server alone has taken five to
		// start.
		awaitHealthy(background("server", "serve"), Duration.ofMinutes(10));
		Ran added = luutru("add-user", "quantri", "administrator");
		Matcher matcher = ADMINISTRATOR_PASSWORD.matcher(added.out());
		if (!matcher.find()) {
			throw new AssertionError("add-user printed no password: " + added);
		}
		return new Api(this.webPort, "quantri", matcher.group(1));
	}

	/** Waits until the web server answers its health endpoint with 200. */
	void awaitHealthy(Process server, Duration timeout) {
		Api api = new Api(this.webPort);
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!server.isAlive()) {
				throw new AssertionError("The web server ended with " + server.exitValue() + ": " + log("server"));
			}
			if (api.health() == 200) {
				return;
			}
			sleep(Duration.ofSeconds(1));
		}
		throw new AssertionError("The web server was not healthy within " + timeout + ": " + log("server"));
	}

	/** Waits until a process started in the background has logged a line. */
	void awaitLogged(String name, String line, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (!log(name).contains(line)) {
			if (!Instant.now().isBefore(deadline)) {
				throw new AssertionError(name + " did not log '" + line + "' within " + timeout + ": " + log(name));
			}
			sleep(Duration.ofMillis(500));
		}
	}

	/** The output of a process started in the background, for failure messages. */
	String log(String name) {
		try {
			return Files.readString(this.dataDir.resolve(name + ".log"), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	/** The processes of the embedded stores now running on the data directory. */
	/** The real user id a process runs as, from {@code /proc/<pid>/status}. */
	static int uid(long pid) {
		try {
			return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))
				.stream()
				.filter((line) -> line.startsWith("Uid:"))
				.map((line) -> Integer.parseInt(line.split("\\s+")[1]))
				.findFirst()
				.orElseThrow();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A command line that runs as the launcher runs the archive's processes: as the
	 * service user when the tests run as root (setpriv execs, so the process id is the
	 * command's).
	 */
	static List<String> asServiceUser(String... command) {
		List<String> line = new ArrayList<>();
		if (uid(ProcessHandle.current().pid()) == 0) {
			line.addAll(
					List.of("setpriv", "--reuid=" + SERVICE_USER, "--regid=" + SERVICE_USER, "--init-groups", "--"));
		}
		line.addAll(List.of(command));
		return line;
	}

	/** Hands a whole tree to the service user when the tests run as root. */
	static void handToServiceUser(Path tree) {
		if (uid(ProcessHandle.current().pid()) == 0) {
			exec(List.of("chown", "-R", SERVICE_USER + ":" + SERVICE_USER, tree.toString()));
		}
	}

	/** Runs a command to its end; its output, or an AssertionError with it. */
	static String exec(List<String> command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
				.start();
			CompletableFuture<String> out = read(process.getInputStream());
			if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError(String.join(" ", command) + " did not end: " + out.getNow(""));
			}
			if (process.exitValue() != 0) {
				throw new AssertionError(
						String.join(" ", command) + " ended with " + process.exitValue() + ": " + out.join());
			}
			return out.join();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	/**
	 * Hands files the tests make inside the data directory to the service user, as the
	 * launcher hands it the data directory, when the tests run as root.
	 */
	static void giveToServiceUser(Path... paths) throws IOException {
		if (uid(ProcessHandle.current().pid()) != 0) {
			return;
		}
		java.nio.file.attribute.UserPrincipalLookupService users = Path.of("/")
			.getFileSystem()
			.getUserPrincipalLookupService();
		for (Path path : paths) {
			Files.setOwner(path, users.lookupPrincipalByName(SERVICE_USER));
		}
	}

	List<ProcessHandle> runningStores() {
		List<ProcessHandle> stores = new ArrayList<>();
		pidIn(this.dataDir.resolve("elasticsearch/run/elasticsearch.pid")).ifPresent(stores::add);
		postmasterPidFile().flatMap(Installation::pidIn).ifPresent(stores::add);
		return stores;
	}

	/**
	 * Stops everything: {@code ./luutru stop}, then a kill for any started process or
	 * store that outlived it.
	 */
	@Override
	public void close() {
		try {
			luutru("stop");
		}
		finally {
			for (Process process : this.started) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
			}
			runningStores().forEach(ProcessHandle::destroyForcibly);
		}
	}

	private List<String> launcher(String... args) {
		List<String> command = new ArrayList<>();
		command.add(CHECKOUT.resolve("luutru").toString());
		command.addAll(List.of(args));
		command.addAll(this.options);
		return command;
	}

	private static Process start(List<String> command, ProcessBuilder.Redirect output) {
		ProcessBuilder builder = new ProcessBuilder(command).directory(CHECKOUT.toFile())
			.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
			.redirectOutput(output)
			.redirectError(output == ProcessBuilder.Redirect.PIPE ? ProcessBuilder.Redirect.PIPE : output);
		Map<String, String> environment = builder.environment();
		// Settings of the machine running the tests must not leak into the installation.
		environment.keySet().removeIf((name) -> name.startsWith("LUUTRU_") || name.startsWith("SERVER_"));
		environment.put("LUUTRU_SKIP_SETUP", "1");
		environment.put("LUUTRU_JAVA_HOME", System.getProperty("java.home"));
		try {
			return builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static CompletableFuture<String> read(java.io.InputStream stream) {
		return CompletableFuture.supplyAsync(() -> {
			try (stream) {
				return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private Optional<Path> postmasterPidFile() {
		Path postgres = this.dataDir.resolve("postgres");
		if (!Files.isDirectory(postgres)) {
			return Optional.empty();
		}
		try (Stream<Path> files = Files.walk(postgres, 2)) {
			return files.filter((file) -> file.getFileName().toString().equals("postmaster.pid")).findFirst();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// The first line of a pid file (PostgreSQL's holds more lines after it).
	private static Optional<ProcessHandle> pidIn(Path pidFile) {
		try {
			String first = Files.readAllLines(pidFile, StandardCharsets.US_ASCII).getFirst().strip();
			return ProcessHandle.of(Long.parseLong(first)).filter(ProcessHandle::isAlive);
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	/**
	 * Distinct free ports: each socket stays open until all are found, or the system may
	 * hand the same port out twice (the web server and Elasticsearch once got one).
	 */
	static int[] freePorts(int count) {
		List<ServerSocket> sockets = new ArrayList<>();
		try {
			for (int i = 0; i < count; i++) {
				sockets.add(new ServerSocket(0));
			}
			return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			for (ServerSocket socket : sockets) {
				try {
					socket.close();
				}
				catch (IOException ex) {
					// closing a listening socket we opened does not fail in practice
				}
			}
		}
	}

	private static void deleteTree(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
