package vn.luutru.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

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

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final List<Integer> httpPorts;

	private final List<Process> nodes = new ArrayList<>();

	private ElasticsearchCluster(List<Integer> httpPorts) {
		this.httpPorts = httpPorts;
	}

	/**
	 * Writes the nodes' files under {@code root} ({@link ClusterFiles}) and starts one
	 * node per pair of ports as the service user.
	 */
	static ElasticsearchCluster start(Path root, List<Integer> httpPorts, List<Integer> transportPorts, String heap)
			throws IOException {
		ClusterFiles files = ClusterFiles.write(root, httpPorts, transportPorts, heap, USER, PASSWORD);
		String javaHome = System.getProperty("java.home");
		ElasticsearchCluster cluster = new ElasticsearchCluster(List.copyOf(httpPorts));
		Installation.handToServiceUser(root);
		for (int n = 1; n <= httpPorts.size(); n++) {
			Path node = root.resolve("node-" + n);
			ProcessBuilder builder = new ProcessBuilder(Installation.asServiceUser("env", "ES_JAVA_HOME=" + javaHome,
					"ES_PATH_CONF=" + files.configs().get(n - 1), "ES_TMPDIR=" + node.resolve("tmp"),
					files.home().resolve("bin/elasticsearch").toString()))
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

}
