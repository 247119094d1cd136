package vn.luutru.archive.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points an integration test's application context at embedded stores of its own: a data
 * directory under {@code /tmp/luutru-it/<checkout>/<name>} (which the unprivileged
 * service user can reach, unlike a checkout under {@code /root}; one per checkout so that
 * two clones can run their tests side by side) wiped at the first use in each test JVM,
 * and free loopback ports.
 *
 * <p>
 * Spring caches the context across test classes, so the stores start once per test run
 * and module.
 */
public final class TestStores {

	private static Path dataDir;

	private static int esHttp;

	private static int esTransport;

	private static int postgres;

	private TestStores() {
	}

	/**
	 * Registers the embedded stores' properties.
	 * @param registry the test's dynamic property registry
	 * @param name a name for this module's data directory
	 */
	public static synchronized void register(DynamicPropertyRegistry registry, String name) {
		if (dataDir == null) {
			dataDir = Path.of("/tmp/luutru-it", checkoutKey(), name);
			deleteTree(dataDir);
			// Held open together, or the system may hand the same port out twice.
			try (ServerSocket http = new ServerSocket(0);
					ServerSocket transport = new ServerSocket(0);
					ServerSocket database = new ServerSocket(0)) {
				esHttp = http.getLocalPort();
				esTransport = transport.getLocalPort();
				postgres = database.getLocalPort();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		registry.add("luutru.data-dir", dataDir::toString);
		registry.add("luutru.elasticsearch.embedded.http-port", () -> esHttp);
		registry.add("luutru.elasticsearch.embedded.transport-port", () -> esTransport);
		registry.add("luutru.elasticsearch.embedded.heap", () -> "512m");
		registry.add("luutru.postgres.embedded.port", () -> postgres);
		// Spring keeps every distinct test context open, each with its own pool: at
		// HikariCP's ten a context the server's hundred connections ran out.
		registry.add("luutru.postgres.pool-size", () -> 4);
		// And there are more distinct contexts than 25 (with the workers and commands
		// the browser and process tests start beside them).
		registry.add("luutru.postgres.embedded.max-connections", () -> 300);
		// Tests make their scan folders with @TempDir; the data directory below it stays
		// off limits all the same.
		registry.add("luutru.ingest.roots", () -> roots().toString());
	}

	/** The ingest root the tests run with: the system's temporary folder. */
	public static Path roots() {
		return Path.of(System.getProperty("java.io.tmpdir"));
	}

	/** The data directory of this run. */
	public static synchronized Path dataDir() {
		if (dataDir == null) {
			throw new IllegalStateException("register() first");
		}
		return dataDir;
	}

	// The module's working directory identifies the checkout; a short hash keeps the path
	// short and free of characters the service user's tools might trip over.
	private static String checkoutKey() {
		Path checkout = Path.of("").toAbsolutePath().normalize();
		return Integer.toHexString(checkout.toString().hashCode());
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
