package vn.luutru.search.users;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.luutru.archive.catalog.CatalogedDocument;
import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.support.TestStores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who may call what, over real HTTP against the whole application and the real
 * PostgreSQL: every role (and nobody) against every class of endpoint, masking of
 * personal data by role, and the audit entries the actions leave.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessIntegrationTests {

	static final String PASSWORD = "mật khẩu đủ dài 2026";

	static final String DOCUMENT = "acce55000000000000000001";

	static final String CODE = "000.00.12.H13-251120-0001";

	static final String EXPORT = "Mã hồ sơ,Tên thủ tục,Lĩnh vực,Người nộp,Số CCCD,Số điện thoại,Trạng thái\n" + CODE
			+ ",Thuê đất,Đất đai,Nguyễn Văn An,079088001122,0905111222,Đang giải quyết\n";

	static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	UserService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Documents catalogue;

	@DynamicPropertySource
	static void stores(DynamicPropertyRegistry registry) {
		TestStores.register(registry, "search-api");
	}

	@BeforeEach
	void usersADossierAndADocument() throws Exception {
		for (Role role : Role.values()) {
			if (this.jdbc.sql("SELECT count(*) FROM users WHERE username = ?")
				.param(user(role))
				.query(Integer.class)
				.single() == 0) {
				this.users.create(new NewUser(user(role), "Thử " + role.label(), role.value(), PASSWORD));
			}
		}
		if (this.catalogue.find(DocumentId.of(DOCUMENT)).isEmpty()) {
			this.catalogue.add(new CatalogedDocument(DocumentId.of(DOCUMENT), DOCUMENT + "0".repeat(40), "access.pdf",
					Path.of("/srv/scans/access.pdf"), Path.of("/nonexistent"), "application/pdf", 100, 1,
					"Tài liệu thử quyền", "ocr", Instant.now(), 0));
		}
		HttpResponse<String> imported = call(Role.ADMINISTRATOR, "POST", "/api/dossiers/import", "text/csv", EXPORT);
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
	}

	static String user(Role role) {
		return "access-" + role.value();
	}

	/**
	 * One request of each class of endpoint, with the permission it needs (null: any
	 * signed-in user) and what a permitted caller gets.
	 */
	static Stream<Arguments> endpoints() {
		List<Arguments> cases = new ArrayList<>();
		Object[][] table = { { "GET", "/api/search?q=thu+quyen", null, Permission.SEARCH, 200 },
				{ "GET", "/api/documents/" + DOCUMENT, null, Permission.SEARCH, 200 },
				{ "GET", "/api/dossiers", null, Permission.SEARCH, 200 },
				{ "GET", "/api/dossiers/" + CODE, null, Permission.SEARCH, 200 },
				{ "GET", "/api/documents/" + DOCUMENT + "/dossiers", null, Permission.SEARCH, 200 },
				{ "GET", "/api/stats/dossiers", null, Permission.SEARCH, 200 },
				{ "GET", "/iiif/" + DOCUMENT + "/1/info.json", null, Permission.SEARCH, 404 },
				{ "GET", "/iiif/" + DOCUMENT + "/search?q=thu+quyen", null, Permission.SEARCH, 200 },
				{ "PUT", "/api/dossiers/" + CODE + "/documents/" + DOCUMENT, "{}", Permission.LINK_DOSSIERS, 200 },
				{ "DELETE", "/api/dossiers/" + CODE + "/documents/" + DOCUMENT, null, Permission.LINK_DOSSIERS, 204 },
				{ "GET", "/api/documents/" + DOCUMENT + "/suggested-dossiers", null, Permission.LINK_DOSSIERS, 200 },
				// The document's page has no OCR lines: a permitted caller gets that far.
				{ "PUT", "/api/documents/" + DOCUMENT + "/pages/1/corrections", "{}", Permission.CORRECT_TEXT, 409 },
				{ "GET", "/api/documents/" + DOCUMENT + "/pages/1/lines", null, Permission.CORRECT_TEXT, 409 },
				{ "GET", "/api/documents/" + DOCUMENT + "/pages/1/corrections", null, Permission.CORRECT_TEXT, 200 },
				{ "POST", "/api/dossiers/import", EXPORT, Permission.IMPORT_DOSSIERS, 200 },
				{ "GET", "/api/documents/" + DOCUMENT + "/description", null, Permission.SEARCH, 200 },
				{ "PUT", "/api/documents/" + DOCUMENT + "/description", "{}", Permission.DESCRIBE_RECORDS, 400 },
				{ "GET", "/api/records/files", null, Permission.SEARCH, 200 },
				{ "POST", "/api/records/files", "{}", Permission.DESCRIBE_RECORDS, 400 },
				{ "PUT", "/api/records/files/H1.1.1/documents/" + DOCUMENT, null, Permission.DESCRIBE_RECORDS, 404 },
				{ "GET", "/api/records/files/H1.1.1/export", null, Permission.EXPORT, 404 },
				{ "GET", "/api/records/appraisal", null, Permission.APPRAISE_RECORDS, 200 },
				{ "POST", "/api/records/appraisal/H1.1.1/decisions", "{}", Permission.APPRAISE_RECORDS, 404 },
				{ "GET", "/api/jobs", null, Permission.RUN_JOBS, 200 },
				{ "POST", "/api/jobs", "{\"folder\": \"relative/folder\"}", Permission.RUN_JOBS, 400 },
				{ "GET", "/api/uploads/batches/00000000-0000-0000-0000-000000000000", null, Permission.RUN_JOBS, 404 },
				// A tus creation naming no batch.
				{ "POST", "/api/uploads/files", null, Permission.RUN_JOBS, 404 },
				{ "GET", "/api/watched-folders", null, Permission.WATCH_FOLDERS, 200 },
				{ "POST", "/api/watched-folders", "{\"folder\": \"relative/folder\"}", Permission.WATCH_FOLDERS, 400 },
				{ "GET", "/api/users", null, Permission.MANAGE_USERS, 200 },
				{ "POST", "/api/users", "{\"username\": \"x\", \"role\": \"viewer\"}", Permission.MANAGE_USERS, 400 },
				{ "GET", "/api/audit", null, Permission.READ_AUDIT, 200 },
				{ "GET", "/api/fixity", null, Permission.READ_AUDIT, 404 }, { "GET", "/api/session", null, null, 200 },
				{ "GET", "/v3/api-docs", null, null, 200 } };
		for (Object[] row : table) {
			for (Role role : Role.values()) {
				Permission needed = (Permission) row[3];
				int expected = (needed == null || role.permissions().contains(needed)) ? (int) row[4] : 403;
				cases.add(Arguments.of(row[0], row[1], row[2], role, expected));
			}
			cases.add(Arguments.of(row[0], row[1], row[2], null, 401));
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{3} {0} {1} → {4}")
	@MethodSource("endpoints")
	void everyRoleAgainstEveryEndpointClass(String method, String path, @Nullable String body, @Nullable Role role,
			int expected) throws Exception {
		String type = (body != null && body.startsWith("Mã")) ? "text/csv" : "application/json";
		HttpResponse<String> response = call(role, method, path, type, body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
		if (expected == 401 || expected == 403) {
			assertThat(response.headers().firstValue("Content-Type").orElseThrow())
				.startsWith("application/problem+json");
			assertThat(response.body()).contains(expected == 401 ? "Chưa đăng nhập" : "Không có quyền")
				.contains("\"type\":\"tag:luutru,2025:problem/" + (expected == 401 ? "not-signed-in" : "forbidden"));
		}
	}

	@Test
	void healthAndTheLoginPageAnswerWithoutSigningIn() throws Exception {
		assertThat(call(null, "GET", "/actuator/health", null, null).statusCode()).isEqualTo(200);
		assertThat(call(null, "GET", "/login.html", null, null).statusCode()).isEqualTo(200);
		assertThat(call(null, "GET", "/style.css", null, null).statusCode()).isEqualTo(200);
	}

	@Test
	void aPageSendsAStrangerToTheLoginPageAndAnApiClientGetsABasicChallenge() throws Exception {
		HttpResponse<String> page = send(
				HttpRequest.newBuilder(uri("/dossier.html?code=" + CODE)).header("Accept", "text/html").GET());
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying((location) -> assertThat(location)
			.endsWith("/login.html?next=%2Fdossier.html%3Fcode%3D000.00.12.H13-251120-0001"));

		HttpResponse<String> api = call(null, "GET", "/api/search?q=x", null, null);
		assertThat(api.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"luutru\", charset=\"UTF-8\"");
		// The pages' own scripts get no challenge: the browser would pop up its dialog.
		HttpResponse<String> script = send(
				HttpRequest.newBuilder(uri("/api/search?q=x")).header("X-Requested-With", "XMLHttpRequest").GET());
		assertThat(script.statusCode()).isEqualTo(401);
		assertThat(script.headers().firstValue("WWW-Authenticate")).isEmpty();
	}

	@Test
	void aWrongPasswordOrADisabledAccountIsRefused() throws Exception {
		HttpResponse<String> wrong = send(HttpRequest.newBuilder(uri("/api/session"))
			.header("Authorization", basic(user(Role.OFFICER), "not the password"))
			.GET());
		assertThat(wrong.statusCode()).isEqualTo(401);

		String name = "access-disabled-" + System.nanoTime() % 100000;
		this.users.create(new NewUser(name, null, "viewer", PASSWORD));
		assertThat(
				send(HttpRequest.newBuilder(uri("/api/session")).header("Authorization", basic(name, PASSWORD)).GET())
					.statusCode())
			.isEqualTo(200);
		this.users.change(name, new UserChange(null, null, false, null));
		assertThat(
				send(HttpRequest.newBuilder(uri("/api/session")).header("Authorization", basic(name, PASSWORD)).GET())
					.statusCode())
			.isEqualTo(401);
	}

	@Test
	void aSessionSignsInWithTheLoginFormAndItsChangesNeedTheCsrfToken() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
		HttpResponse<String> csrf = browser.send(HttpRequest.newBuilder(uri("/api/session/csrf")).GET().build(),
				BodyHandlers.ofString());
		String token = csrf.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("XSRF-TOKEN="))
			.map((cookie) -> cookie.substring("XSRF-TOKEN=".length(), cookie.indexOf(';')))
			.findFirst()
			.orElseThrow();
		String form = "username=" + user(Role.OFFICER) + "&password="
				+ java.net.URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
		HttpResponse<String> withoutToken = browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(BodyPublishers.ofString(form))
			.build(), BodyHandlers.ofString());
		assertThat(withoutToken.statusCode()).isEqualTo(403);

		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.header("X-XSRF-TOKEN", token)
			.POST(BodyPublishers.ofString(form))
			.build(), BodyHandlers.ofString());
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
		assertThat(login.body()).contains("\"role\":\"officer\"", "\"landing\":\"/\"", "LINK_DOSSIERS");

		// The session reads; a change without the token is refused, with it accepted.
		assertThat(browser
			.send(HttpRequest.newBuilder(uri("/api/dossiers/" + CODE)).GET().build(), BodyHandlers.ofString())
			.statusCode()).isEqualTo(200);
		HttpRequest.Builder attach = HttpRequest.newBuilder(uri("/api/dossiers/" + CODE + "/documents/" + DOCUMENT))
			.header("Content-Type", "application/json")
			.PUT(BodyPublishers.ofString("{}"));
		assertThat(browser.send(attach.build(), BodyHandlers.ofString()).statusCode()).isEqualTo(403);
		// The token may have been replaced at login: read the current cookie.
		String current = ((java.net.CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("XSRF-TOKEN"))
			.findFirst()
			.orElseThrow()
			.getValue();
		assertThat(browser.send(attach.header("X-XSRF-TOKEN", current).build(), BodyHandlers.ofString()).statusCode())
			.isEqualTo(200);
	}

	@Test
	void aViewerSeesTheApplicantsIdNumberAndPhoneMaskedAndOnlyUnmaskedViewingIsAudited() throws Exception {
		long before = auditCount("dossier.personal-data.view", CODE);

		String asViewer = call(Role.VIEWER, "GET", "/api/dossiers/" + CODE, null, null).body();
		assertThat(asViewer).contains("Nguyễn Văn An", "\"idNumber\":\"•••••••••122\"", "\"phone\":\"•••••••222\"")
			.doesNotContain("079088001122", "0905111222");
		assertThat(auditCount("dossier.personal-data.view", CODE)).isEqualTo(before);

		String asOfficer = call(Role.OFFICER, "GET", "/api/dossiers/" + CODE, null, null).body();
		assertThat(asOfficer).contains("\"idNumber\":\"079088001122\"", "\"phone\":\"0905111222\"");
		assertThat(auditCount("dossier.personal-data.view", CODE)).isEqualTo(before + 1);
		assertThat(this.jdbc
			.sql("SELECT username FROM audit_log WHERE action = 'dossier.personal-data.view' ORDER BY id DESC LIMIT 1")
			.query(String.class)
			.single()).isEqualTo(user(Role.OFFICER));

		// A list is for finding: masked for everyone.
		assertThat(call(Role.ADMINISTRATOR, "GET", "/api/dossiers?q=" + CODE, null, null).body())
			.contains("•••••••••122")
			.doesNotContain("079088001122");
	}

	@Test
	void attachDetachImportJobStartAndUserChangesLeaveAuditEntriesWithBeforeAndAfter() throws Exception {
		long start = this.jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_log").query(Long.class).single();
		call(Role.OFFICER, "PUT", "/api/dossiers/" + CODE + "/documents/" + DOCUMENT, "application/json",
				"{\"note\": \"bản chính\"}");
		call(Role.OFFICER, "DELETE", "/api/dossiers/" + CODE + "/documents/" + DOCUMENT, null, null);
		call(Role.ADMINISTRATOR, "POST", "/api/dossiers/import", "text/csv", EXPORT);
		Path empty = java.nio.file.Files.createTempDirectory("access-job");
		call(Role.SCANNING_STAFF, "POST", "/api/jobs", "application/json", "{\"folder\": \"" + empty + "\"}");
		String name = "access-audited-" + System.nanoTime() % 100000;
		HttpResponse<String> created = call(Role.ADMINISTRATOR, "POST", "/api/users", "application/json",
				"{\"username\": \"" + name + "\", \"displayName\": \"Hồ Thị Mai\", \"role\": \"viewer\"}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(created.body()).containsPattern("\"generatedPassword\":\"[A-Za-z2-9]{16}\"");
		call(Role.ADMINISTRATOR, "PATCH", "/api/users/" + name, "application/json", "{\"role\": \"officer\"}");

		List<Map<String, Object>> entries = this.jdbc.sql(
				"SELECT username, action, subject_id, before::text AS before, after::text AS after FROM audit_log WHERE id > ? ORDER BY id")
			.param(start)
			.query()
			.listOfRows();
		assertThat(entries)
			.extracting((row) -> row.get("action") + " " + row.get("username") + " " + row.get("subject_id"))
			.containsSubsequence("dossier.attach access-officer " + CODE, "dossier.detach access-officer " + CODE,
					"dossier.import access-administrator *", "user.create access-administrator " + name,
					"user.change access-administrator " + name);
		assertThat(entries).anySatisfy((row) -> assertThat(row.get("action") + " " + row.get("username"))
			.isEqualTo("job.start access-scanning-staff"));
		Map<String, Object> change = entries.stream()
			.filter((row) -> row.get("action").equals("user.change"))
			.findFirst()
			.orElseThrow();
		assertThat((String) change.get("before")).contains("\"role\": \"viewer\"");
		assertThat((String) change.get("after")).contains("\"role\": \"officer\"").doesNotContain("password\": \"");

		// Administrators read it through the API, filtered by action family.
		String audit = call(Role.ADMINISTRATOR, "GET", "/api/audit?action=dossier&subjectId=" + CODE, null, null)
			.body();
		assertThat(audit).contains("dossier.attach", "dossier.detach", "bản chính");
	}

	@Test
	void theAuditLogIsAppendOnly() {
		// The application's database role has no right to change rows there; the
		// triggers refuse it to the schema's owner too (DatabaseRolesIntegrationTests).
		assertThatThrownBy(() -> this.jdbc.sql("UPDATE audit_log SET username = 'someone else'").update())
			.hasRootCauseMessage("ERROR: permission denied for table audit_log");
		assertThatThrownBy(() -> this.jdbc.sql("DELETE FROM audit_log").update())
			.hasRootCauseMessage("ERROR: permission denied for table audit_log");
		assertThatThrownBy(() -> this.jdbc.sql("TRUNCATE audit_log").update())
			.hasRootCauseMessage("ERROR: permission denied for table audit_log");
	}

	@Test
	void theLastAdministratorCannotBeDemotedOrDisabled() throws Exception {
		List<String> others = this.jdbc
			.sql("SELECT username FROM users WHERE role = 'administrator' AND enabled AND username <> ?")
			.param(user(Role.ADMINISTRATOR))
			.query(String.class)
			.list();
		others.forEach((other) -> this.users.change(other, new UserChange(null, null, false, null)));
		try {
			HttpResponse<String> demote = call(Role.ADMINISTRATOR, "PATCH", "/api/users/" + user(Role.ADMINISTRATOR),
					"application/json", "{\"role\": \"viewer\"}");
			assertThat(demote.statusCode()).isEqualTo(409);
			assertThat(demote.body()).contains("quản trị viên cuối cùng");
		}
		finally {
			others.forEach((other) -> this.users.change(other, new UserChange(null, null, true, null)));
		}
	}

	@Test
	void aBadUserRequestSaysWhatIsWrong() throws Exception {
		HttpResponse<String> shortPassword = call(Role.ADMINISTRATOR, "POST", "/api/users", "application/json",
				"{\"username\": \"ngan\", \"role\": \"viewer\", \"password\": \"ngắn\"}");
		assertThat(shortPassword.statusCode()).isEqualTo(400);
		assertThat(shortPassword.body()).contains("ít nhất 12 ký tự");
		HttpResponse<String> role = call(Role.ADMINISTRATOR, "POST", "/api/users", "application/json",
				"{\"username\": \"vaitro\", \"role\": \"boss\"}");
		assertThat(role.body()).contains("Vai trò 'boss' không có");
		HttpResponse<String> taken = call(Role.ADMINISTRATOR, "POST", "/api/users", "application/json",
				"{\"username\": \"" + user(Role.VIEWER) + "\", \"role\": \"viewer\"}");
		assertThat(taken.statusCode()).isEqualTo(409);
	}

	private long auditCount(String action, String subject) {
		return this.jdbc.sql("SELECT count(*) FROM audit_log WHERE action = ? AND subject_id = ?")
			.params(action, subject)
			.query(Long.class)
			.single();
	}

	private HttpResponse<String> call(@Nullable Role role, String method, String path, @Nullable String type,
			@Nullable String body) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.method(method, (body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody())
			.header("Accept", "application/json, application/problem+json");
		if (type != null && body != null) {
			request.header("Content-Type", type);
		}
		if (role != null) {
			request.header("Authorization", basic(user(role), PASSWORD));
		}
		return send(request);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return HTTP.send(request.build(), BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String basic(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
