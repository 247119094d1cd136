package vn.luutru.archive.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.luutru.archive.EmbeddedStores;
import vn.luutru.archive.process.Commands;
import vn.luutru.archive.process.Secrets;
import vn.luutru.archive.process.ServiceFailed;
import vn.luutru.archive.process.ServiceUser;

/**
 * The files of the embedded node under {@code <data-dir>/elasticsearch}: the unpacked
 * distribution with our plugin, and the node's own config, data, logs and temporary
 * directories.
 */
final class ElasticsearchInstallation {

	private static final Logger log = LoggerFactory.getLogger(ElasticsearchInstallation.class);

	static final String PLUGIN_RESOURCE = "elasticsearch/luutru-analysis-vietnamese.zip";

	static final String PLUGIN_NAME = "luutru-analysis-vietnamese";

	/** The node's user the archive connects as (the file realm's). */
	static final String ARCHIVE_USER = "luutru-archive";

	/** That user's role: what the archive does, on the archive's indices only. */
	private static final String ARCHIVE_ROLE = "luutru_archive";

	private final Path root;

	private final @Nullable Path distribution;

	private final ServiceUser user;

	private final ElasticsearchProperties.Embedded settings;

	private final Path javaHome;

	private final List<String> indexPatterns;

	private final Secrets secrets;

	ElasticsearchInstallation(Path root, ElasticsearchProperties.Embedded settings, ServiceUser user,
			String indexAlias) {
		this.root = root.toAbsolutePath().normalize();
		// The archive's names, and the configured alias's when it is not one of them.
		this.indexPatterns = indexAlias.startsWith("luutru") ? List.of("luutru*")
				: List.of("luutru*", indexAlias + "*");
		this.secrets = Secrets.of(this.root.getParent());
		this.settings = settings;
		this.user = user;
		// Only starting a node needs the distribution: a process that finds one running
		// (a worker beside the web server) attaches without it.
		this.distribution = (settings.distribution() != null) ? settings.distribution().toAbsolutePath() : null;
		this.javaHome = (settings.javaHome() != null) ? settings.javaHome() : Path.of(System.getProperty("java.home"));
	}

	Path pidFile() {
		return this.root.resolve("run/elasticsearch.pid");
	}

	Path launchLog() {
		return this.root.resolve("launch.log");
	}

	Path executable() {
		return home().resolve("bin/elasticsearch");
	}

	private Path home() {
		String name = distribution().getFileName().toString().replaceFirst("\\.zip$", "");
		return this.root.resolve("home").resolve(name);
	}

	private Path distribution() {
		if (this.distribution == null) {
			throw new ServiceFailed("No Elasticsearch distribution configured: set "
					+ "luutru.elasticsearch.embedded.distribution to the elasticsearch-9.2.0.zip from Maven Central "
					+ "(./luutru does this), or use luutru.elasticsearch.mode=external.");
		}
		return this.distribution;
	}

	Map<String, String> environment() {
		Map<String, String> env = new LinkedHashMap<>();
		env.put("ES_JAVA_HOME", this.javaHome.toString());
		env.put("ES_PATH_CONF", this.root.resolve("config").toString());
		env.put("ES_TMPDIR", this.root.resolve("tmp").toString());
		return env;
	}

	/** The pid of a node running from this directory, if any. */
	/** The file whose lock one process holds while it starts the node. */
	Path startLock() {
		return this.root.resolve("start.lock");
	}

	Optional<Long> runningPid() {
		return EmbeddedStores.pid(pidFile());
	}

	/**
	 * Unpacks the distribution and installs the plugin when needed, then writes the
	 * node's config.
	 */
	void prepare() {
		if (!Files.isRegularFile(distribution())) {
			throw new ServiceFailed("Elasticsearch distribution not found: " + this.distribution);
		}
		try {
			Files.createDirectories(this.root);
			Path plugin = extractPlugin();
			String pluginDigest = sha256(plugin);
			Path marker = home().resolve(".luutru-plugin-sha256");
			boolean fresh = !Files.isRegularFile(executable());
			if (fresh) {
				unpack();
			}
			writeConfig();
			this.user.own(this.root);
			if (fresh || !Files.isRegularFile(marker) || !Files.readString(marker).equals(pluginDigest)) {
				installPlugin(plugin, !fresh);
				Files.writeString(marker, pluginDigest);
			}
			addArchiveUser();
			Files.deleteIfExists(pidFile());
		}
		catch (IOException ex) {
			throw new ServiceFailed("Cannot prepare Elasticsearch under " + this.root + ": " + ex.getMessage(), ex);
		}
	}

	/** The archive user's password, generated when the node was first prepared. */
	String password() {
		if (!hasPassword()) {
			throw new ServiceFailed("The embedded Elasticsearch has no password yet: it was started by an older "
					+ "version without security. Stop it (./luutru stop) and start the archive again.");
		}
		return this.secrets.read(Secrets.ELASTICSEARCH);
	}

	boolean hasPassword() {
		return this.secrets.has(Secrets.ELASTICSEARCH);
	}

	// The file realm keeps users in config/users, which only the node's command-line
	// tool writes (with a bcrypt hash): run once, and again when the password is new.
	private void addArchiveUser() throws IOException {
		boolean known = this.secrets.has(Secrets.ELASTICSEARCH);
		String password = this.secrets.readOrCreate(Secrets.ELASTICSEARCH);
		Path users = this.root.resolve("config/users");
		if (known && Files.isRegularFile(users)
				&& Files.readAllLines(users).stream().anyMatch((line) -> line.startsWith(ARCHIVE_USER + ":"))) {
			return;
		}
		log.info("Adding the archive's user to the embedded node");
		Path cli = home().resolve("bin/elasticsearch-users");
		List<String> env = List.of("env", "ES_JAVA_HOME=" + this.javaHome,
				"ES_PATH_CONF=" + this.root.resolve("config"));
		if (Files.isRegularFile(users)
				&& Files.readAllLines(users).stream().anyMatch((line) -> line.startsWith(ARCHIVE_USER + ":"))) {
			Commands.run(this.user.command(concat(env, List.of(cli.toString(), "userdel", ARCHIVE_USER))), null);
		}
		Commands.run(this.user
			.command(concat(env, List.of(cli.toString(), "useradd", ARCHIVE_USER, "-p", password, "-r", ARCHIVE_ROLE))),
				null);
	}

	private static List<String> concat(List<String> first, List<String> second) {
		return Stream.concat(first.stream(), second.stream()).toList();
	}

	private Path extractPlugin() throws IOException {
		Path target = this.root.resolve(PLUGIN_NAME + ".zip");
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(PLUGIN_RESOURCE)) {
			if (in == null) {
				throw new ServiceFailed("The analysis plugin is missing from the classpath (" + PLUGIN_RESOURCE
						+ "): build the project with ./mvnw install");
			}
			Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
		}
		return target;
	}

	private void unpack() throws IOException {
		log.info("Unpacking {} into {}", distribution().getFileName(), home().getParent());
		DistributionZip.unpack(distribution(), home().getParent());
	}

	private void writeConfig() throws IOException {
		Path config = this.root.resolve("config");
		if (!Files.isDirectory(config)) {
			copyTree(home().resolve("config"), config);
		}
		for (String dir : List.of("data", "logs", "tmp", "run")) {
			Files.createDirectories(this.root.resolve(dir));
		}
		String yml = """
				# Written by Lưu trữ on every start of the embedded node; edit luutru.elasticsearch.* instead.
				cluster.name: luutru
				node.name: luutru-embedded
				path.data: %s
				path.logs: %s
				network.host: 127.0.0.1
				http.port: %d
				transport.port: %d
				discovery.type: single-node
				# A write to the archive's alias before it exists must fail, not create an index with guessed
				# mappings under the alias's name.
				action.auto_create_index: "-luutru-*,+*"
				# Every request names a user (the archive's, in config/users, with a generated password).
				# Loopback only and one node: no TLS; a cluster of several machines is external mode.
				xpack.security.enabled: true
				xpack.security.http.ssl.enabled: false
				xpack.security.transport.ssl.enabled: false
				""".formatted(this.root.resolve("data"), this.root.resolve("logs"), this.settings.httpPort(),
				this.settings.transportPort());
		Files.writeString(config.resolve("elasticsearch.yml"), yml, StandardCharsets.UTF_8);
		// No security management and no other index: monitor and manage the cluster, own
		// the archive's indices and their aliases.
		String roles = """
				# Written by Lưu trữ on every start of the embedded node.
				%s:
				  cluster: ["monitor", "manage"]
				  indices:
				    - names: [%s]
				      privileges: ["all"]
				""".formatted(ARCHIVE_ROLE,
				String.join(", ", this.indexPatterns.stream().map((name) -> '"' + name + '"').toList()));
		Files.writeString(config.resolve("roles.yml"), roles, StandardCharsets.UTF_8);
		Path options = config.resolve("jvm.options.d");
		Files.createDirectories(options);
		Files.writeString(options.resolve("luutru-heap.options"),
				"-Xms" + this.settings.heap() + "\n-Xmx" + this.settings.heap() + "\n", StandardCharsets.UTF_8);
	}

	private void installPlugin(Path plugin, boolean replace) {
		Path cli = home().resolve("bin/elasticsearch-plugin");
		if (replace) {
			Commands.run(this.user.command(List.of("env", "ES_JAVA_HOME=" + this.javaHome,
					"ES_PATH_CONF=" + this.root.resolve("config"), cli.toString(), "remove", "--purge", PLUGIN_NAME)),
					null);
		}
		log.info("Installing the analysis plugin {} into the embedded node", PLUGIN_NAME);
		Commands.run(this.user
			.command(List.of("env", "ES_JAVA_HOME=" + this.javaHome, "ES_PATH_CONF=" + this.root.resolve("config"),
					cli.toString(), "install", "--batch", plugin.toUri().toString())),
				null);
	}

	/** The last lines of the node's log, for error messages. */
	String logTail() {
		Path logFile = this.root.resolve("logs/luutru.log");
		try {
			if (!Files.isRegularFile(logFile)) {
				return "(no log at " + logFile + ")";
			}
			List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
			return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 30), lines.size()));
		}
		catch (IOException ex) {
			return "(cannot read " + logFile + ": " + ex.getMessage() + ")";
		}
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path source : (Iterable<Path>) paths::iterator) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	static String sha256(Path file) {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
