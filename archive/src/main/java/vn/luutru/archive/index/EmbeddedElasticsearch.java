package vn.luutru.archive.index;

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
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.luutru.archive.EmbeddedStores;
import vn.luutru.archive.process.ServiceFailed;
import vn.luutru.archive.process.ServiceUser;
import vn.luutru.archive.process.StartLock;

/**
 * A single-node Elasticsearch on loopback, installed under the data directory with the
 * archive's analysis plugin, started as a daemon and stopped by whoever started it.
 *
 * <p>
 * A node already running from the same data directory (started by {@code luutru serve},
 * say) is reused rather than started twice, and then left running on {@link #stop()}.
 * Data survives restarts.
 */
public final class EmbeddedElasticsearch {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedElasticsearch.class);

	private final ElasticsearchInstallation installation;

	private final ServiceUser user;

	private final int httpPort;

	private final Duration startTimeout;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private boolean owned;

	EmbeddedElasticsearch(ElasticsearchInstallation installation, ServiceUser user, int httpPort,
			Duration startTimeout) {
		this.installation = installation;
		this.user = user;
		this.httpPort = httpPort;
		this.startTimeout = startTimeout;
	}

	/** The node's HTTP address. */
	public URI uri() {
		return URI.create("http://127.0.0.1:" + this.httpPort);
	}

	/** The user the archive connects as. */
	public String username() {
		return ElasticsearchInstallation.ARCHIVE_USER;
	}

	/** That user's generated password, kept in {@code <data-dir>/secrets}. */
	public String password() {
		return this.installation.password();
	}

	/**
	 * Installs (once) and starts the node, or attaches to one already running from this
	 * data directory.
	 * @throws ServiceFailed with the node's log tail when it does not come up in time
	 */
	public synchronized void start() {
		// Processes started together (workers after a crash) would each start a node on
		// the same data: the first starts it, the others wait and find it running.
		try (StartLock lock = StartLock.acquire(this.installation.startLock(), "Elasticsearch",
				this.startTimeout.plusSeconds(60))) {
			startOrAttach();
		}
	}

	private void startOrAttach() {
		Optional<Long> running = this.installation.runningPid();
		if (running.isPresent() && awaitHealthy(Duration.ofSeconds(30))) {
			log.info("Using the embedded Elasticsearch already running at {} (pid {})", uri(), running.get());
			return;
		}
		this.installation.prepare();
		log.info("Starting embedded Elasticsearch at {} as {}", uri(), this.user);
		Instant started = Instant.now();
		launch();
		this.owned = true;
		if (!awaitHealthy(this.startTimeout)) {
			throw new ServiceFailed(
					"Elasticsearch did not become healthy at " + uri() + " within " + this.startTimeout.toSeconds()
							+ " s. Last log lines:" + System.lineSeparator() + this.installation.logTail());
		}
		log.info("Embedded Elasticsearch is up after {} ms", Duration.between(started, Instant.now()).toMillis());
	}

	private void launch() {
		List<String> command = new ArrayList<>(List.of("env"));
		this.installation.environment().forEach((key, value) -> command.add(key + "=" + value));
		command.addAll(
				List.of(this.installation.executable().toString(), "-d", "-p", this.installation.pidFile().toString()));
		Path launchLog = this.installation.launchLog();
		ProcessBuilder builder = new ProcessBuilder(this.user.command(command)).redirectErrorStream(true)
			.redirectOutput(launchLog.toFile());
		try {
			Process process = builder.start();
			process.getOutputStream().close();
			// "-d" returns once the node has started (or failed); the node itself keeps
			// running.
			if (!process.waitFor(this.startTimeout.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)
					|| process.exitValue() != 0) {
				throw new ServiceFailed("Elasticsearch failed to start:" + System.lineSeparator()
						+ Files.readString(launchLog, StandardCharsets.UTF_8) + this.installation.logTail());
			}
		}
		catch (IOException ex) {
			throw new ServiceFailed("Cannot start Elasticsearch: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ServiceFailed("Interrupted while starting Elasticsearch", ex);
		}
	}

	/**
	 * Stops the node if this process started it; a node another process started is left
	 * running.
	 */
	public synchronized void stop() {
		if (this.owned) {
			stopRunning();
			this.owned = false;
		}
	}

	/** Stops the node whoever started it (used by {@code luutru stop}). */
	public synchronized void stopRunning() {
		Optional<Long> pid = this.installation.runningPid();
		if (pid.isEmpty()) {
			return;
		}
		log.info("Stopping embedded Elasticsearch (pid {})", pid.get());
		EmbeddedStores.terminate(pid.get());
	}

	private boolean awaitHealthy(Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			try {
				// Read at each try: a node found running may have been prepared by
				// another
				// process a moment ago.
				HttpRequest.Builder health = HttpRequest
					.newBuilder(uri().resolve("/_cluster/health?wait_for_status=yellow&timeout=2s"))
					.timeout(Duration.ofSeconds(5));
				if (this.installation.hasPassword()) {
					health.header("Authorization", basic());
				}
				HttpRequest request = health.build();
				HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return true;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
			sleep();
		}
		return false;
	}

	private String basic() {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username() + ":" + password()).getBytes(StandardCharsets.UTF_8));
	}

	private static void sleep() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
