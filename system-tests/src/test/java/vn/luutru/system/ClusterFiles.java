package vn.luutru.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.luutru.archive.index.DistributionZip;

/**
 * The files of an {@link ElasticsearchCluster}'s nodes under a root: the distribution
 * unpacked as the embedded node unpacks it, with the analysis plugin and the file-realm
 * user and role, and one config folder per node.
 *
 * @param home the unpacked distribution
 * @param configs each node's config folder, the first node's first
 */
record ClusterFiles(Path home, List<Path> configs) {

	private static final String ROLE = """
			luutru_archive:
			  cluster: ["monitor", "manage"]
			  indices:
			    - names: ["luutru*"]
			      privileges: ["all"]
			""";

	/**
	 * Unpacks the distribution under {@code root}, installs the plugin, adds the user and
	 * writes the config of one node per pair of ports, in {@code root/node-<n>}.
	 */
	static ClusterFiles write(Path root, List<Integer> httpPorts, List<Integer> transportPorts, String heap,
			String user, String password) throws IOException {
		Path home = DistributionZip.unpack(distribution(), root);
		String javaHome = System.getProperty("java.home");
		Installation.exec(List.of("env", "ES_JAVA_HOME=" + javaHome, "ES_PATH_CONF=" + home.resolve("config"),
				home.resolve("bin/elasticsearch-plugin").toString(), "install", "--batch",
				Installation.CHECKOUT.resolve("archive/target/classes/elasticsearch/luutru-analysis-vietnamese.zip")
					.toUri()
					.toString()));
		Files.writeString(home.resolve("config/roles.yml"), ROLE);
		Installation.exec(List.of("env", "ES_JAVA_HOME=" + javaHome, "ES_PATH_CONF=" + home.resolve("config"),
				home.resolve("bin/elasticsearch-users").toString(), "useradd", user, "-p", password, "-r",
				"luutru_archive"));
		String seeds = transportPorts.stream()
			.map((port) -> "\"127.0.0.1:" + port + "\"")
			.collect(Collectors.joining(", "));
		String masters = Stream.iterate(1, (n) -> n + 1)
			.limit(httpPorts.size())
			.map((n) -> "\"node-" + n + "\"")
			.collect(Collectors.joining(", "));
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
		return new ClusterFiles(home, List.copyOf(configs));
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
