package vn.luutru.system;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * An Elasticsearch cluster the archive does not start: nodes of the distribution and
 * analysis plugin the embedded node uses, on loopback, each with its own ports, data and
 * config, that find each other through {@code discovery.seed_hosts}. Security is on as on
 * the embedded node: every node has the same file-realm user and role. Transport TLS is
 * off, which Elasticsearch allows while the transport binds to loopback only (its
 * bootstrap checks are enforced on other addresses): a cluster of several machines needs
 * it (docs/operations.md).
 */
final class ElasticsearchCluster implements AutoCloseable {

	static final String USER = "luutru-cluster";

	private static final String PASSWORD = "cum-may-thu";

	private static final String ROLE = """
			luutru_archive:
			  cluster: ["monitor", "manage"]
			  indices:
			    - names: ["luutru*"]
			      privileges: ["all"]
			""";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final List<Integer> httpPorts;

	private final List<Process> nodes = new ArrayList<>();

	private ElasticsearchCluster(List<Integer> httpPorts) {
		this.httpPorts = httpPorts;
	}

	/**
	 * Unpacks the distribution under {@code root}, installs the plugin, configures one
	 * node per pair of ports and starts them all as the service user.
	 */
	static ElasticsearchCluster start(Path root, List<Integer> httpPorts, List<Integer> transportPorts, String heap)
			throws IOException {
		Path home = unpack(distribution(), root);
		String javaHome = System.getProperty("java.home");
		Installation.exec(List.of("env", "ES_JAVA_HOME=" + javaHome, "ES_PATH_CONF=" + home.resolve("config"),
				home.resolve("bin/elasticsearch-plugin").toString(), "install", "--batch",
				Installation.CHECKOUT.resolve("archive/target/classes/elasticsearch/luutru-analysis-vietnamese.zip")
					.toUri()
					.toString()));
		Files.writeString(home.resolve("config/roles.yml"), ROLE);
		Installation.exec(List.of("env", "ES_JAVA_HOME=" + javaHome, "ES_PATH_CONF=" + home.resolve("config"),
				home.resolve("bin/elasticsearch-users").toString(), "useradd", USER, "-p", PASSWORD, "-r",
				"luutru_archive"));
		String seeds = transportPorts.stream()
			.map((port) -> "\"127.0.0.1:" + port + "\"")
			.collect(Collectors.joining(", "));
		String masters = Stream.iterate(1, (n) -> n + 1)
			.limit(httpPorts.size())
			.map((n) -> "\"node-" + n + "\"")
			.collect(Collectors.joining(", "));
		ElasticsearchCluster cluster = new ElasticsearchCluster(List.copyOf(httpPorts));
		List<Path> configs = new ArrayList<>();
		for (int n = 1; n <= httpPorts.size(); n++) {
			Path node = root.resolve("node-" + n);
			Path config = node.resolve("config");
			copyTree(home.resolve("config"), config);
			Files.createDirectories(node.resolve("tmp"));
			Files.writeString(config.resolve("jvm.options.d/heap.options"), "-Xms" + heap + "\n-Xmx" + heap + "\n");
			Files.writeString(config.resolve("elasticsearch.yml"), """
					cluster.name: luutru-cluster-test
					node.name: node-%d
					path.data: %s
					path.logs: %s
					network.host: 127.0.0.1
					http.port: %d
					transport.port: %d
					discovery.seed_hosts: [%s]
					cluster.initial_master_nodes: [%s]
					action.auto_create_index: "-luutru-*,+*"
					xpack.security.enabled: true
					xpack.security.http.ssl.enabled: false
					xpack.security.transport.ssl.enabled: false
					""".formatted(n, node.resolve("data"), node.resolve("logs"), httpPorts.get(n - 1),
					transportPorts.get(n - 1), seeds, masters));
			configs.add(config);
		}
		Installation.handToServiceUser(root);
		for (int n = 1; n <= httpPorts.size(); n++) {
			Path node = root.resolve("node-" + n);
			ProcessBuilder builder = new ProcessBuilder(
					Installation.asServiceUser("env", "ES_JAVA_HOME=" + javaHome, "ES_PATH_CONF=" + configs.get(n - 1),
							"ES_TMPDIR=" + node.resolve("tmp"), home.resolve("bin/elasticsearch").toString()))
				.redirectErrorStream(true)
				.redirectOutput(root.resolve("node-" + n + ".log").toFile());
			cluster.nodes.add(builder.start());
		}
		return cluster;
	}

	/** The archive's options for this cluster. */
	List<String> options() {
		return List.of("--luutru.elasticsearch.mode=external", "--luutru.elasticsearch.external.uris="
				+ this.httpPorts.stream().map((port) -> "http://127.0.0.1:" + port).collect(Collectors.joining(",")),
				"--luutru.elasticsearch.external.username=" + USER,
				"--luutru.elasticsearch.external.password=" + PASSWORD);
	}

	/** GETs a path from the first node as the archive's user; the body. */
	String get(String path) throws IOException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.httpPorts.getFirst() + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.timeout(Duration.ofSeconds(30))
			.build();
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	/** Waits until every node has joined and the cluster is green. */
	void awaitGreen(Duration timeout, Path root) {
		Instant deadline = Instant.now().plus(timeout);
		String health = "";
		while (Instant.now().isBefore(deadline)) {
			try {
				health = get("/_cluster/health?wait_for_status=green&wait_for_nodes=" + this.httpPorts.size()
						+ "&timeout=1s");
				if (health.contains("\"status\":\"green\"") && !health.contains("\"timed_out\":true")) {
					return;
				}
			}
			catch (IOException ex) {
				health = ex.toString();
			}
			Installation.sleep(Duration.ofSeconds(1));
		}
		throw new AssertionError("The cluster did not become green: " + health + logs(root));
	}

	private String logs(Path root) {
		StringBuilder all = new StringBuilder();
		for (int n = 1; n <= this.httpPorts.size(); n++) {
			try {
				all.append(Files.readString(root.resolve("node-" + n + ".log")));
			}
			catch (IOException ex) {
				all.append(ex);
			}
		}
		return all.toString();
	}

	/** Kills every node: the cluster's data is thrown away with the test. */
	@Override
	public void close() {
		for (Process node : this.nodes) {
			node.descendants().forEach(ProcessHandle::destroyForcibly);
			node.destroyForcibly();
		}
	}

	private static Path distribution() throws IOException {
		String configured = System.getProperty("luutru.elasticsearch.embedded.distribution");
		if (configured != null) {
			return Path.of(configured);
		}
		try (Stream<Path> modules = Files.list(Installation.CHECKOUT)) {
			return modules.map((module) -> module.resolve("target/elasticsearch/elasticsearch-9.2.0.zip"))
				.filter(Files::isRegularFile)
				.findFirst()
				.orElseThrow(() -> new IOException("No Elasticsearch distribution under the modules' target/"));
		}
	}

	// As the embedded node's installation unpacks it: java.util.zip keeps no Unix modes.
	private static Path unpack(Path zip, Path into) throws IOException {
		Files.createDirectories(into);
		try (ZipFile file = new ZipFile(zip.toFile())) {
			for (ZipEntry entry : Collections.list(file.entries())) {
				Path target = into.resolve(entry.getName()).normalize();
				if (entry.isDirectory()) {
					Files.createDirectories(target);
					continue;
				}
				Files.createDirectories(target.getParent());
				try (InputStream in = file.getInputStream(entry)) {
					Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
				}
				if (entry.getName().contains("/bin/")) {
					Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
				}
			}
		}
		return into.resolve(zip.getFileName().toString().replaceFirst("\\.zip$", ""));
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

}
