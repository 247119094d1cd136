package vn.luutru.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import vn.luutru.search.users.NewUser;
import vn.luutru.search.users.UserService;

/**
 * The search API as the pages use it: one session, signed in once, over HTTP/1.1.
 */
final class ApiSession {

	private final HttpClient http;

	private final int port;

	private ApiSession(HttpClient http, int port) {
		this.http = http;
		this.port = port;
	}

	/**
	 * Signs a new viewer in on the API at the given port.
	 */
	static ApiSession signIn(UserService users, int port) throws Exception {
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new CookieManager())
			.build();
		ApiSession session = new ApiSession(http, port);
		String password = "bench-" + UUID.randomUUID();
		String name = "bench-" + Long.toString(System.nanoTime(), 36);
		users.create(new NewUser(name, "Search bench", "viewer", password));
		http.send(HttpRequest.newBuilder(session.uri("/api/session/csrf")).build(),
				HttpResponse.BodyHandlers.discarding());
		String token = session.cookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("XSRF-TOKEN"))
			.findFirst()
			.orElseThrow()
			.getValue();
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(session.uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.header("X-XSRF-TOKEN", token)
			.POST(HttpRequest.BodyPublishers.ofString("username=" + name + "&password=" + password))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (login.statusCode() != 200) {
			throw new IOException("Sign-in failed: HTTP " + login.statusCode() + " " + login.body());
		}
		return session;
	}

	int port() {
		return this.port;
	}

	List<HttpCookie> cookies() {
		return ((CookieManager) this.http.cookieHandler().orElseThrow()).getCookieStore().getCookies();
	}

	Object search(String words) throws IOException {
		return get(words, 200);
	}

	/**
	 * The API's round trip without a search: a blank query, refused (400) before
	 * Elasticsearch is asked. What the client, HTTP, the session, security and Spring MVC
	 * cost on their own.
	 */
	Object refused() throws IOException {
		return get("", 400);
	}

	private Object get(String words, int expected) throws IOException {
		URI uri = uri("/api/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
		try {
			HttpResponse<byte[]> response = this.http.send(
					HttpRequest.newBuilder(uri).header("Accept", "application/json").build(),
					HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != expected) {
				throw new IOException("HTTP " + response.statusCode() + " for " + uri);
			}
			return response.body();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
