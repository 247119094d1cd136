package vn.luutru.search.users;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.luutru.archive.support.TestStores;
import vn.luutru.search.system.CspReports;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in and staying signed in, over real HTTP against the whole application and the
 * real PostgreSQL: sessions end when their account changes, wrong passwords are slowed
 * down per client address without locking anyone out from elsewhere, HTTP Basic is for
 * API clients only, and every response carries the browser security headers.
 *
 * <p>
 * Client addresses are told apart the way a reverse proxy in front of the archive tells
 * them: in {@code X-Forwarded-For}, which the server trusts from loopback only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.forward-headers-strategy=native", "luutru.security.first-address-delay=30s" })
class SignInAndSessionsIntegrationTests {

	static final String PASSWORD = "mật khẩu đủ dài 2026";

	static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	UserService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CspReports cspReports;

	@DynamicPropertySource
	static void stores(DynamicPropertyRegistry registry) {
		TestStores.register(registry, "search-api");
	}

	@Test
	void aDisabledUsersSessionGets401OnItsNextRequest() throws Exception {
		String name = newUser("officer");
		HttpClient session = signedIn(name, PASSWORD);
		assertThat(get(session, "/api/session").statusCode()).isEqualTo(200);

		this.users.change(name, new UserChange(null, null, false, null));

		HttpResponse<String> after = get(session, "/api/session");
		assertThat(after.statusCode()).isEqualTo(401);
		assertThat(after.body()).contains("Chưa đăng nhập");
		assertThat(auditCount("session.ended", name)).isEqualTo(1);
	}

	@Test
	void aNewRoleOrANewPasswordEndsTheSessionsToo() throws Exception {
		String demoted = newUser("officer");
		HttpClient demotedSession = signedIn(demoted, PASSWORD);
		String reset = newUser("viewer");
		HttpClient resetSession = signedIn(reset, PASSWORD);
		String untouched = newUser("viewer");
		HttpClient untouchedSession = signedIn(untouched, PASSWORD);

		this.users.change(demoted, new UserChange(null, "viewer", null, null));
		this.users.resetPassword(reset);

		assertThat(get(demotedSession, "/api/session").statusCode()).isEqualTo(401);
		assertThat(get(resetSession, "/api/session").statusCode()).isEqualTo(401);
		assertThat(get(untouchedSession, "/api/session").statusCode()).isEqualTo(200);
		// Signed in again, the demoted officer has the new role's rights.
		assertThat(get(signedIn(demoted, PASSWORD), "/api/session").body()).contains("\"role\":\"viewer\"");
	}

	@Test
	void sixWrongPasswordsFromOneAddressDoNotLockTheAccountForAnother() throws Exception {
		String name = newUser("administrator");
		for (int i = 0; i < 6; i++) {
			HttpResponse<String> wrong = basic("10.1.0.1", name, "not the password");
			assertThat(wrong.statusCode()).isIn(401, 429);
		}
		// Locked at that address, with the right password too, and told when to try
		// again.
		HttpResponse<String> locked = basic("10.1.0.1", name, PASSWORD);
		assertThat(locked.statusCode()).isEqualTo(429);
		assertThat(locked.headers().firstValue("Retry-After")).isPresent();
		assertThat(locked.body()).contains("Quá nhiều lần nhập sai mật khẩu");
		assertThat(auditCount("session.locked", name)).isEqualTo(1);

		// From anywhere else the owner signs in, by HTTP Basic or the login form.
		assertThat(basic("10.1.0.2", name, PASSWORD).statusCode()).isEqualTo(200);
		assertThat(get(signedIn(name, PASSWORD), "/api/session").statusCode()).isEqualTo(200);

		// A new password lifts the lock at that address.
		String password = this.users.resetPassword(name);
		assertThat(basic("10.1.0.1", name, password).statusCode()).isEqualTo(200);
	}

	@Test
	void anAddressThatKeepsFailingWaitsLongerWhateverTheAccounts() throws Exception {
		String name = newUser("viewer");
		// Ten failures are free, spread over many names (none of which exists).
		for (int i = 0; i < 10; i++) {
			assertThat(basic("10.2.0.1", "nobody-" + i, "guess").statusCode()).isEqualTo(401);
		}
		assertThat(basic("10.2.0.1", "nobody-10", "guess").statusCode()).isEqualTo(401);
		// The eleventh makes the address wait (30 s here) before its next attempt, even a
		// right one.
		HttpResponse<String> waiting = basic("10.2.0.1", name, PASSWORD);
		assertThat(waiting.statusCode()).isEqualTo(429);
		assertThat(waiting.headers().firstValue("Retry-After"))
			.hasValueSatisfying((seconds) -> assertThat(Integer.parseInt(seconds)).isBetween(1, 30));
		// Nobody else waits.
		assertThat(basic("10.2.0.2", name, PASSWORD).statusCode()).isEqualTo(200);
	}

	@Test
	void wrongPasswordsAreAuditedWithTheirAddressAndAnyNameIsKeptShort() throws Exception {
		String name = newUser("viewer");
		assertThat(basic("10.3.0.1", name, "not the password").statusCode()).isEqualTo(401);
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit_log WHERE action = 'session.login-failed' AND subject_id = ? "
					+ "AND after::text LIKE '%10.3.0.1%'")
			.param(name)
			.query(Integer.class)
			.single()).isEqualTo(1);

		// Anyone may type a name of any length (as long as the server takes the header)
		// and with any characters.
		String huge = "x\u0000\n".repeat(1_500);
		assertThat(basic("10.3.0.2", huge, "guess").statusCode()).isEqualTo(401);
		assertThat(this.jdbc
			.sql("SELECT max(length(subject_id)) FROM audit_log WHERE action = 'session.login-failed' "
					+ "AND subject_id LIKE 'x?%'")
			.query(Integer.class)
			.single()).isEqualTo(201);
	}

	@Test
	void httpBasicIsChallengedForApiClientsOnly() throws Exception {
		HttpResponse<String> client = send(HttpRequest.newBuilder(uri("/api/search?q=x")).GET());
		assertThat(client.statusCode()).isEqualTo(401);
		assertThat(client.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((challenge) -> assertThat(challenge).startsWith("Basic"));

		// A browser navigating to the API, or fetching from a page, gets no dialog.
		HttpResponse<String> navigation = send(HttpRequest.newBuilder(uri("/api/search?q=x"))
			.header("Accept", "text/html,application/xhtml+xml")
			.header("Sec-Fetch-Mode", "navigate")
			.GET());
		assertThat(navigation.statusCode()).isEqualTo(401);
		assertThat(navigation.headers().firstValue("WWW-Authenticate")).isEmpty();
		HttpResponse<String> fetched = send(
				HttpRequest.newBuilder(uri("/api/search?q=x")).header("Sec-Fetch-Mode", "cors").GET());
		assertThat(fetched.headers().firstValue("WWW-Authenticate")).isEmpty();
	}

	@Test
	void aBrowsersCachedCredentialsDoNotSkipTheCsrfCheck() throws Exception {
		String name = newUser("administrator");
		String change = "{\"displayName\":\"Đổi tên\"}";
		// As a forged cross-site request arrives from a browser that cached Basic
		// credentials: refused without the token.
		HttpResponse<String> forged = send(HttpRequest.newBuilder(uri("/api/users/" + name))
			.header("Authorization", basicAuthorization(name, PASSWORD))
			.header("Sec-Fetch-Site", "cross-site")
			.header("Content-Type", "application/json")
			.method("PATCH", BodyPublishers.ofString(change)));
		assertThat(forged.statusCode()).isIn(401, 403);
		assertThat(this.users.find(name).displayName()).isEqualTo(name);
		// An API client, which sends no fetch metadata, needs no token.
		HttpResponse<String> client = send(HttpRequest.newBuilder(uri("/api/users/" + name))
			.header("Authorization", basicAuthorization(name, PASSWORD))
			.header("Content-Type", "application/json")
			.method("PATCH", BodyPublishers.ofString(change)));
		assertThat(client.statusCode()).as(client.body()).isEqualTo(200);
		assertThat(this.users.find(name).displayName()).isEqualTo("Đổi tên");
	}

	@Test
	void everyResponseCarriesTheBrowserSecurityHeaders() throws Exception {
		for (String path : new String[] { "/login.html", "/api/search?q=x", "/actuator/health" }) {
			HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
				.hasValueSatisfying((csp) -> assertThat(csp)
					.contains("script-src 'self'", "object-src 'none'", "frame-ancestors 'none'",
							"report-uri /csp-reports")
					.doesNotContain("unsafe-inline", "unsafe-eval"));
			assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
			assertThat(response.headers().firstValue("Permissions-Policy")).as(path)
				.hasValueSatisfying((policy) -> assertThat(policy).contains("camera=()", "geolocation=()"));
		}
		// Browsers report what the policy blocked, without signing in or a CSRF token.
		int before = this.cspReports.recent().size();
		HttpResponse<String> report = send(HttpRequest.newBuilder(uri("/csp-reports"))
			.header("Content-Type", "application/csp-report")
			.POST(BodyPublishers.ofString("{\"csp-report\":{\"blocked-uri\":\"inline\"}}")));
		assertThat(report.statusCode()).isEqualTo(204);
		assertThat(this.cspReports.recent()).hasSizeGreaterThan(Math.min(before, 49));
	}

	private String newUser(String role) {
		String name = "sign-in-" + Long.toString(System.nanoTime(), 36);
		this.users.create(new NewUser(name, null, role, PASSWORD));
		return name;
	}

	/** A browser-like client signed in through the login form, with its cookies. */
	private HttpClient signedIn(String name, String password) throws IOException, InterruptedException {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> csrf = browser.send(HttpRequest.newBuilder(uri("/api/session/csrf")).GET().build(),
				BodyHandlers.ofString());
		String token = csrf.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("XSRF-TOKEN="))
			.map((cookie) -> cookie.substring("XSRF-TOKEN=".length(), cookie.indexOf(';')))
			.findFirst()
			.orElseThrow();
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.header("X-XSRF-TOKEN", token)
			.POST(BodyPublishers
				.ofString("username=" + name + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)))
			.build(), BodyHandlers.ofString());
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
		return browser;
	}

	private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET().build(),
				BodyHandlers.ofString());
	}

	private HttpResponse<String> basic(String address, String name, String password)
			throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri("/api/session"))
			.header("X-Forwarded-For", address)
			.header("Authorization", basicAuthorization(name, password))
			.GET());
	}

	private int auditCount(String action, String subject) {
		return this.jdbc.sql("SELECT count(*) FROM audit_log WHERE action = ? AND subject_id = ?")
			.params(action, subject)
			.query(Integer.class)
			.single();
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return HTTP.send(request.build(), BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String basicAuthorization(String name, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
