package vn.luutru.search.corrections;

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
import java.util.Base64;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.luutru.archive.catalog.CatalogedDocument;
import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.corrections.TextLayerRequests;
import vn.luutru.archive.hocr.Baseline;
import vn.luutru.archive.hocr.Box;
import vn.luutru.archive.hocr.HocrLine;
import vn.luutru.archive.hocr.HocrPage;
import vn.luutru.archive.hocr.HocrWord;
import vn.luutru.archive.index.ArchiveIndex;
import vn.luutru.archive.index.PageEntry;
import vn.luutru.archive.storage.Derivatives;
import vn.luutru.archive.storage.PageRecords;
import vn.luutru.archive.storage.PageTexts;
import vn.luutru.archive.support.TestStores;
import vn.luutru.search.ArchiveEntries;
import vn.luutru.search.users.NewUser;
import vn.luutru.search.users.Role;
import vn.luutru.search.users.UserService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corrections API over real HTTP against the real PostgreSQL, Elasticsearch and
 * derivative files, without OCR: validation answered as Vietnamese problem details, a
 * correction searchable at once, its history and audit, and a revert that is a version of
 * its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CorrectionsApiIntegrationTests {

	static final String PASSWORD = "mật khẩu thử nghiệm";

	static final HttpClient HTTP = HttpClient.newHttpClient();

	static final Box SECOND = new Box(100, 300, 900, 360);

	@LocalServerPort
	int port;

	@Autowired
	Documents catalogue;

	@Autowired
	Derivatives derivatives;

	@Autowired
	PageTexts pageTexts;

	@Autowired
	ElasticsearchClient client;

	@Autowired
	ArchiveIndex index;

	@Autowired
	TextLayerRequests textLayers;

	@Autowired
	UserService users;

	@Autowired
	JdbcClient jdbc;

	String id;

	@DynamicPropertySource
	static void stores(DynamicPropertyRegistry registry) {
		TestStores.register(registry, "search-api");
	}

	@BeforeEach
	void anOcrdPage() throws Exception {
		for (Role role : List.of(Role.OFFICER, Role.VIEWER)) {
			if (this.jdbc.sql("SELECT count(*) FROM users WHERE username = ?")
				.param(user(role))
				.query(Integer.class)
				.single() == 0) {
				this.users.create(new NewUser(user(role), null, role.value(), PASSWORD));
			}
		}
		this.id = "c0%022x".formatted(System.nanoTime());
		DocumentId document = DocumentId.of(this.id);
		List<HocrLine> lines = List.of(line(new Box(100, 200, 600, 260), "QUYẾT", "ĐỊNH"),
				line(SECOND, "Về", "việc", "khai", "thác", "nuớc"));
		String text = "QUYẾT ĐỊNH\nVề việc khai thác nuớc\n";
		this.catalogue.add(new CatalogedDocument(document, this.id + "0".repeat(40), "qd.png", Path.of("/srv/qd.png"),
				Path.of("/nonexistent"), "image/png", 100, 1, "Quyết định", "ocr", Instant.now(), 0));
		this.derivatives.keepHocr(document, 1, HocrPage.write(lines, 1200, 800, 200), 0, "tesseract 5.3.0");
		this.pageTexts.keep(document, new PageRecords(Map.of(), List.of(new PageRecords.Page(1, "ocr", 90f, null))),
				List.of(text));
		ArchiveEntries.index(this.client, this.index, List.of(new PageEntry(this.id, this.id + "0".repeat(40), "qd.png",
				"Quyết định", "image/png", 100, 1, 1, text, "ocr", 90f, null, null, Instant.now(), 0, null)));
	}

	@Test
	void aCorrectedLineIsSearchableAtOnceAuditedAndRevertedAsANewVersion() throws Exception {
		assertThat(call(Role.OFFICER, "GET", "/lines", null).body()).contains("\"text\":\"Về việc khai thác nuớc\"",
				"\"box\":{\"x0\":100,\"y0\":300,\"x1\":900,\"y1\":360}");

		HttpResponse<String> saved = call(Role.OFFICER, "PUT", "/corrections",
				"{\"lines\":[{\"box\":{\"x0\":100,\"y0\":300,\"x1\":900,\"y1\":360},"
						+ "\"text\":\"Về  việc khai thác nước dưới đất\"}]}");

		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
		assertThat(saved.body()).contains("\"version\":1", "\"correctedBy\":\"" + user(Role.OFFICER) + "\"",
				"\"before\":\"Về việc khai thác nuớc\"", "\"after\":\"Về việc khai thác nước dưới đất\"");
		assertThat(search("nuoc duoi dat")).contains(this.id);
		assertThat(call(Role.OFFICER, "GET", "/hits?q=duoi+dat", null).body()).contains("\"word\":\"dưới\"",
				"\"word\":\"đất\"");
		assertThat(call(Role.OFFICER, "GET", "/text", null).body()).contains("nước dưới đất");
		assertThat(this.pageTexts.readText(DocumentId.of(this.id), 1))
			.isEqualTo("QUYẾT ĐỊNH\nVề việc khai thác nước dưới đất\n");
		assertThat(this.textLayers.pending(DocumentId.of(this.id))).isTrue();
		// The rewritten hOCR still says what read the page, for ALTO's softwareVersion.
		assertThat(this.derivatives.hocr(DocumentId.of(this.id), 1)).content()
			.contains("<meta name=\"ocr-system\" content=\"tesseract 5.3.0\"/>");
		assertThat(
				this.jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'document.correction' AND subject_id = ?")
					.param(this.id + "/1")
					.query(Integer.class)
					.single())
			.isOne();

		HttpResponse<String> reverted = call(Role.OFFICER, "POST", "/corrections/1/revert", null);

		assertThat(reverted.statusCode()).as(reverted.body()).isEqualTo(201);
		assertThat(reverted.body()).contains("\"version\":2", "\"reverts\":1", "\"after\":\"Về việc khai thác nuớc\"");
		assertThat(search("nuoc duoi dat")).doesNotContain(this.id);
		assertThat(call(Role.OFFICER, "GET", "/corrections", null).body()).contains("\"version\":1", "\"version\":2");
	}

	@Test
	void whatCannotBeSavedIsAnsweredInVietnamese() throws Exception {
		assertProblem(call(Role.OFFICER, "PUT", "/corrections", "{\"lines\":[]}"), 400, "correction-refused",
				"Chưa có dòng nào được sửa");
		assertProblem(
				call(Role.OFFICER, "PUT", "/corrections",
						"{\"lines\":[{\"box\":{\"x0\":1,\"y0\":2,\"x1\":3,\"y1\":4},\"text\":\"x\"}]}"),
				400, "correction-refused", "không khớp với dòng nào");
		assertProblem(
				call(Role.OFFICER, "PUT", "/corrections",
						"{\"lines\":[{\"box\":{\"x0\":100,\"y0\":300,\"x1\":900,\"y1\":360},\"text\":\"  \"}]}"),
				400, "correction-refused", "để trống");
		assertProblem(call(Role.OFFICER, "PUT", "/corrections",
				"{\"lines\":[{\"box\":{\"x0\":100,\"y0\":300,\"x1\":900,\"y1\":360},\"text\":\"Về việc khai thác nuớc\"}]}"),
				400, "correction-refused", "Không có dòng nào thay đổi");
		assertProblem(call(Role.OFFICER, "POST", "/corrections/9/revert", null), 404, "correction-version-not-found",
				"không có phiên bản sửa số 9");
		HttpResponse<String> noPage = send(Role.OFFICER, "GET", "/api/documents/" + this.id + "/pages/2/lines", null);
		assertProblem(noPage, 404, "page-not-found", "Không có trang 2");
		assertThat(call(Role.VIEWER, "PUT", "/corrections", "{\"lines\":[]}").statusCode()).isEqualTo(403);
		// The lines are the page's text unmasked: not for a role without personal data.
		assertThat(call(Role.VIEWER, "GET", "/lines", null).statusCode()).isEqualTo(403);
	}

	private static void assertProblem(HttpResponse<String> response, int status, String type, String detail) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(response.body()).contains("tag:luutru,2025:problem/" + type, detail);
	}

	private static HocrLine line(Box box, String... words) {
		int width = (box.x1() - box.x0()) / words.length;
		List<HocrWord> placed = new java.util.ArrayList<>();
		for (int i = 0; i < words.length; i++) {
			placed.add(new HocrWord(words[i],
					new Box(box.x0() + i * width, box.y0(), box.x0() + (i + 1) * width - 10, box.y1()), 80));
		}
		return new HocrLine(box, Baseline.NONE, placed);
	}

	private String search(String words) throws Exception {
		return send(Role.OFFICER, "GET", "/api/search?q=" + words.replace(' ', '+'), null).body();
	}

	private HttpResponse<String> call(Role role, String method, String path, @Nullable String body)
			throws IOException, InterruptedException {
		return send(role, method, "/api/documents/" + this.id + "/pages/1" + path, body);
	}

	private HttpResponse<String> send(Role role, String method, String path, @Nullable String body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, (body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody())
			.header("Accept", "application/json, application/problem+json, text/plain")
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user(role) + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		return HTTP.send(request.build(), BodyHandlers.ofString());
	}

	private static String user(Role role) {
		return "corrections-" + role.value();
	}

}
