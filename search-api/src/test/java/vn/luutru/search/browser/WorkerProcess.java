package vn.luutru.search.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.core.env.Environment;

/**
 * The worker application as the build packages it, {@code luutru-worker.jar}, run as a
 * process of its own against the test's stores, as {@code luutru demo} runs one beside
 * the web server: the web server only records jobs, so a test that watches one reach its
 * end needs a worker.
 */
final class WorkerProcess implements AutoCloseable {

	/**
	 * Where the build leaves the worker; the reactor packages ingest before search-api.
	 */
	static final Path JAR = Path.of("../ingest/target/luutru-worker.jar");

	/** What the worker needs to reach the same stores: the test's dynamic properties. */
	private static final List<String> SHARED = List.of("luutru.data-dir", "luutru.elasticsearch.embedded.http-port",
			"luutru.elasticsearch.embedded.transport-port", "luutru.elasticsearch.embedded.distribution",
			"luutru.postgres.embedded.port", "luutru.postgres.pool-size", "luutru.ingest.roots");

	private final Process process;

	private WorkerProcess(Process process) {
		this.process = process;
	}

	/**
	 * Starts a worker on the stores the application under test uses.
	 * @param log where its output goes
	 */
	static WorkerProcess start(Environment environment, Path log) throws IOException {
		return new WorkerProcess(launch(environment, log, "worker", "--luutru.worker.poll-interval=200ms",
				"--luutru.worker.heartbeat-interval=1s"));
	}

	/**
	 * Runs a command of the worker application ({@code reocr ID}, {@code reindex}) on the
	 * stores the application under test uses, to its end.
	 * @return its exit status
	 */
	static int run(Environment environment, Path log, String... arguments) throws IOException, InterruptedException {
		Process process = launch(environment, log, arguments);
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly().waitFor();
			throw new IllegalStateException("luutru " + List.of(arguments) + " did not end; see " + log);
		}
		return process.exitValue();
	}

	private static Process launch(Environment environment, Path log, String... arguments) throws IOException {
		if (!Files.isRegularFile(JAR)) {
			throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: build the worker first "
					+ "(./mvnw -B -ntp package -DskipTests -pl ingest -am)");
		}
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
						"--enable-native-access=ALL-UNNAMED", "-Xmx2g", "-jar", JAR.toString()));
		command.addAll(List.of(arguments));
		for (String key : SHARED) {
			String value = environment.getProperty(key);
			if (value != null) {
				command.add("--" + key + "=" + value);
			}
		}
		Files.createDirectories(log.getParent());
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		// Tesseract's OpenMP fights the worker's own page threads on small machines.
		builder.environment().put("OMP_THREAD_LIMIT", "1");
		return builder.start();
	}

	/** Stops the worker as {@code luutru stop} does, with SIGTERM, and waits for it. */
	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
	}

}
