package vn.luutru.system;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The web server's HTTP API as a client sees it, signing in with HTTP Basic on each
 * request (which also spares the CSRF token).
 */
record Api(int port) {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	/** The health endpoint's status, or 0 when nothing answers. */
	int health() {
		try {
			return send(request("/actuator/health").GET().build()).statusCode();
		}
		catch (IOException ex) {
			return 0;
		}
	}

	HttpResponse<String> get(String path, String username, String password) throws IOException {
		return send(request(path).header("Authorization", basic(username, password)).GET().build());
	}

	/** A picture or another binary body. */
	HttpResponse<byte[]> bytes(String path, String username, String password) throws IOException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", basic(username, password))
			.GET()
			.build();
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	HttpResponse<String> post(String path, String json, String username, String password) throws IOException {
		return send(request(path).header("Authorization", basic(username, password))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	HttpResponse<String> put(String path, String json, String username, String password) throws IOException {
		return send(request(path).header("Authorization", basic(username, password))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	/** A search's path with its query encoded. */
	static String search(String query) {
		return "/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json");
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
