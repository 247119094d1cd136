package vn.luutru.system;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web server's HTTP API as a client sees it, signed in as one user with HTTP Basic on
 * each request (which also spares the CSRF token).
 */
record Api(int port, String username, String password) {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	/** The statuses of a job that has not ended yet. */
	private static final List<String> RUNNING = List.of("QUEUED", "STARTING", "STARTED", "STOPPING");

	/** Nobody signed in yet. */
	Api(int port) {
		this(port, null, null);
	}

	/** The same server, signed in as another user. */
	Api as(String username, String password) {
		return new Api(this.port, username, password);
	}

	/** The health endpoint's status, or 0 when nothing answers. */
	int health() {
		try {
			return send(request("/actuator/health").GET().build()).statusCode();
		}
		catch (IOException ex) {
			return 0;
		}
	}

	HttpResponse<String> get(String path) throws IOException {
		return send(request(path).GET().build());
	}

	/** A picture or another binary body. */
	HttpResponse<byte[]> bytes(String path) throws IOException {
		HttpRequest request = signedIn(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(30))).GET().build();
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	HttpResponse<String> post(String path, String json) throws IOException {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	HttpResponse<String> put(String path, String json) throws IOException {
		return send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	/**
	 * Starts an ingest job on a folder.
	 * @return the job's id
	 */
	long startJob(Path folder) throws IOException {
		HttpResponse<String> requested = post("/api/jobs", "{\"folder\": \"" + folder + "\"}");
		assertThat(requested.statusCode()).as(requested::body).isEqualTo(202);
		return JsonPath.<Number>read(requested.body(), "$.id").longValue();
	}

	/**
	 * Waits until a job has ended, however it ended.
	 * @return the job's last progress
	 */
	String awaitEnd(long job, Duration timeout) throws IOException {
		Instant deadline = Instant.now().plus(timeout);
		String progress = "";
		while (Instant.now().isBefore(deadline)) {
			progress = get("/api/jobs/" + job).body();
			if (!RUNNING.contains(JsonPath.<String>read(progress, "$.status"))) {
				return progress;
			}
			Installation.sleep(Duration.ofMillis(500));
		}
		throw new AssertionError("The job did not end within " + timeout + ": " + progress);
	}

	/** A search's path with its query encoded. */
	static String search(String query) {
		return "/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
	}

	private HttpRequest.Builder request(String path) {
		return signedIn(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json"));
	}

	private HttpRequest.Builder signedIn(HttpRequest.Builder request) {
		return (this.username != null) ? request.header("Authorization", basic(this.username, this.password)) : request;
	}

	private static HttpResponse<String> send(HttpRequest request) throws IOException {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	private static String basic(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
