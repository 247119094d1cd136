package vn.luutru.search.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.luutru.archive.ServicesProperties;
import vn.luutru.archive.catalog.CatalogedDocument;
import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.index.ArchiveIndex;
import vn.luutru.archive.index.PageEntry;
import vn.luutru.archive.storage.Derivatives;
import vn.luutru.archive.support.TestStores;
import vn.luutru.search.ArchiveEntries;
import vn.luutru.search.users.NewUser;
import vn.luutru.search.users.UserService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal data in documents over real HTTP, against the whole application, the real
 * Elasticsearch and PostgreSQL: a viewer sees ID numbers and phones masked in snippets,
 * page text, word boxes and hit boxes, blacked out of page pictures, and is refused the
 * originals; an officer sees them in full, and each such view is audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PersonalDataIntegrationTests {

	static final String PASSWORD = "mật khẩu đủ dài 2026";

	static final String OFFICER = "pd-officer";

	static final String VIEWER = "pd-viewer";

	/** A scan, OCR'd: word boxes, a searchable PDF. */
	static final String SCANNED = "da7a00000000000000000001";

	/** A born-digital PDF: its text from its text layer, no word boxes. */
	static final String BORN_DIGITAL = "da7a00000000000000000002";

	/** A scan without personal data. */
	static final String CLEAN = "da7a00000000000000000003";

	static final String SCANNED_TEXT = "Đơn đề nghị cấp đổi giấy chứng nhận của ông Nguyễn Văn An, CCCD số "
			+ "079088001122, điện thoại 0905 111 222, thửa đất số 125.";

	static final String BORN_DIGITAL_TEXT = "Tờ khai đề nghị cấp đổi của bà Trần Thị Bình, số CMND 025123456, "
			+ "điện thoại (0236) 3822 123.";

	static final String CLEAN_TEXT = "Thông báo đề nghị cấp đổi giấy chứng nhận, số tiền 1.250.000.000 đồng, "
			+ "mã hồ sơ 000.00.12.H13-191002-0015.";

	// The hOCR's page: an A4 scan at 300 dpi.
	static final int WIDTH = 2480;

	static final int HEIGHT = 3508;

	static final String TILE = "0,0,512,512/512,/0/default.jpg";

	static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	UserService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Documents catalogue;

	@Autowired
	ElasticsearchClient client;

	@Autowired
	ArchiveIndex index;

	@Autowired
	ServicesProperties services;

	@DynamicPropertySource
	static void stores(DynamicPropertyRegistry registry) {
		TestStores.register(registry, "search-api");
	}

	@BeforeEach
	void usersAndDocuments() throws Exception {
		for (String[] user : new String[][] { { OFFICER, "officer" }, { VIEWER, "viewer" } }) {
			if (this.jdbc.sql("SELECT count(*) FROM users WHERE username = ?")
				.param(user[0])
				.query(Integer.class)
				.single() == 0) {
				this.users.create(new NewUser(user[0], null, user[1], PASSWORD));
			}
		}
		Derivatives derivatives = new Derivatives(this.services.derivativesDir());
		Path folder = Files.createDirectories(Path.of("target", "personal-data-tests").toAbsolutePath());
		catalogue(SCANNED, "ocr", onePagePdf(folder.resolve("scanned.pdf")));
		catalogue(BORN_DIGITAL, "text-layer", onePagePdf(folder.resolve("born-digital.pdf")));
		catalogue(CLEAN, "ocr", onePagePdf(folder.resolve("clean.pdf")));
		for (String id : List.of(SCANNED, CLEAN)) {
			DocumentId documentId = DocumentId.of(id);
			Files.createDirectories(derivatives.hocr(documentId, 1).getParent());
			Files.copy(folder.resolve(id.equals(SCANNED) ? "scanned.pdf" : "clean.pdf"),
					derivatives.searchablePdf(documentId), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			Files.writeString(derivatives.hocr(documentId, 1), hocr(id.equals(SCANNED) ? SCANNED_TEXT : CLEAN_TEXT));
			// Stored tiles, as if the page were a map sheet.
			Path tile = derivatives.iiif(documentId, 1).resolve(TILE);
			Files.createDirectories(tile.getParent());
			Files.write(tile, Files.readAllBytes(folder.resolve("scanned.pdf")));
			Files.writeString(derivatives.iiif(documentId, 1).resolve("info.json"),
					"{\"width\": " + WIDTH + ", \"height\": " + HEIGHT + "}");
		}
		ArchiveEntries.index(this.client, this.index, List.of(page(SCANNED, SCANNED_TEXT, "ocr"),
				page(BORN_DIGITAL, BORN_DIGITAL_TEXT, "text-layer"), page(CLEAN, CLEAN_TEXT, "ocr")));
	}

	@Test
	void aViewerSeesIdNumbersAndPhonesMaskedThatAnOfficerSeesInFullAndAudited() throws Exception {
		long audited = audited(SCANNED);
		String search = "/api/search?q=" + encode("đề nghị cấp đổi") + "&size=100";

		String asViewer = get(VIEWER, search, "application/json").body();
		assertThat(asViewer)
			.contains("CCCD số •••••••••122, điện thoại •••• ••• 222, thửa đất số 125.", "<mark>đề nghị cấp đổi</mark>",
					"số CMND ••••••456", "(••••) •••• 123", "1.250.000.000 đồng", "000.00.12.H13-191002-0015")
			.doesNotContain("079088001122", "0905 111 222", "025123456", "3822 123");
		assertThat(get(VIEWER, "/api/documents/" + SCANNED + "/pages/1/text", "text/plain").body())
			.isEqualTo(SCANNED_TEXT.replace("079088001122", "•••••••••122").replace("0905 111 222", "•••• ••• 222"));
		assertThat(
				get(VIEWER, "/api/documents/" + SCANNED + "/search?q=" + encode("đề nghị"), "application/json").body())
			.contains("•••••••••122")
			.doesNotContain("079088001122");
		assertThat(get(VIEWER, "/api/documents/" + SCANNED + "/pages/1/ocr", "application/xhtml+xml").body())
			.contains(">•••••••••122,<", ">222,<")
			.doesNotContain("079088001122", ">0905<");
		assertThat(get(VIEWER, "/api/documents/" + SCANNED + "/pages/1/alto", "application/xml").body())
			.contains("CONTENT=\"•••••••••122,\"")
			.doesNotContain("079088001122");
		assertThat(get(VIEWER, "/api/documents/" + SCANNED + "/pages/1/hits?q=0905", "application/json").body())
			.contains("\"boxes\":[]");
		assertThat(audited(SCANNED)).isEqualTo(audited);

		String asOfficer = get(OFFICER, search, "application/json").body();
		assertThat(asOfficer).contains("CCCD số 079088001122, điện thoại 0905 111 222", "số CMND 025123456");
		assertThat(audited(SCANNED)).isEqualTo(audited + 1);
		assertThat(get(OFFICER, "/api/documents/" + SCANNED + "/pages/1/text", "text/plain").body())
			.isEqualTo(SCANNED_TEXT);
		assertThat(get(OFFICER, "/api/documents/" + SCANNED + "/pages/1/hits?q=0905", "application/json").body())
			.contains("\"word\":\"0905\"");
		assertThat(audited(SCANNED)).isEqualTo(audited + 3);
		assertThat(this.jdbc
			.sql("SELECT username || ' ' || after::text FROM audit_log WHERE action = "
					+ "'document.personal-data.view' AND subject_id = ? ORDER BY id DESC LIMIT 3")
			.param(SCANNED)
			.query(String.class)
			.list()).containsExactly(OFFICER + " {\"page\": 1, \"shown\": \"hit-boxes\"}",
					OFFICER + " {\"page\": 1, \"shown\": \"text\"}", OFFICER + " {\"shown\": \"snippet\"}");

		// What holds no personal data leaves no entry.
		long clean = audited(CLEAN);
		get(OFFICER, "/api/documents/" + CLEAN + "/pages/1/text", "text/plain");
		get(OFFICER, "/api/documents/" + CLEAN + "/pages/1/image", "image/jpeg");
		get(OFFICER, "/api/documents/" + CLEAN + "/file", "*/*");
		assertThat(audited(CLEAN)).isEqualTo(clean);
	}

	@Test
	void aViewerSeesPagePicturesWithThePersonalDataBlackedOutAndGetsNoOriginalsThatHoldIt() throws Exception {
		int[] idBox = box(SCANNED_TEXT, "079088001122,");
		int[] nameBox = box(SCANNED_TEXT, "Nguyễn");

		BufferedImage asViewer = picture(bytes(VIEWER, "/api/documents/" + SCANNED + "/pages/1/image", "image/jpeg"));
		assertThat(brightness(asViewer, idBox)).isLessThan(40);
		assertThat(brightness(asViewer, nameBox)).isGreaterThan(200);
		HttpResponse<byte[]> thumbnail = bytes(VIEWER, "/api/documents/" + SCANNED + "/pages/1/thumbnail", "*/*");
		assertThat(brightness(picture(thumbnail), idBox)).isLessThan(100);
		// Not kept by the browser: the next person at it may not see personal data.
		assertThat(thumbnail.headers().firstValue("Cache-Control")).hasValue("no-cache, private");
		assertThat(bytes(VIEWER, "/api/documents/" + CLEAN + "/pages/1/thumbnail", "*/*").headers()
			.firstValue("Cache-Control")).hasValue("max-age=86400, private");

		// No word boxes to find the numbers by on a text-layer page, and a PDF's text
		// layer holds them too: withheld.
		for (String path : List.of(BORN_DIGITAL + "/pages/1/image", SCANNED + "/file", SCANNED + "/pdf",
				BORN_DIGITAL + "/file")) {
			HttpResponse<String> withheld = get(VIEWER, "/api/documents/" + path, "*/*");
			assertThat(withheld.statusCode()).as(path).isEqualTo(403);
			assertThat(withheld.headers().firstValue("Content-Type").orElseThrow())
				.startsWith("application/problem+json");
			assertThat(withheld.body()).contains("personal-data-withheld", "có dữ liệu cá nhân");
		}
		assertThat(get(VIEWER, "/api/documents/" + CLEAN + "/file", "*/*").statusCode()).isEqualTo(200);
		// Stored IIIF tiles cannot be blacked out on the way: withheld.
		for (String path : List.of("/iiif/" + SCANNED + "/1/info.json", "/iiif/" + SCANNED + "/1/" + TILE)) {
			HttpResponse<String> withheld = get(VIEWER, path, "*/*");
			assertThat(withheld.statusCode()).as(path).isEqualTo(403);
			assertThat(withheld.body()).contains("personal-data-withheld");
		}
		assertThat(get(VIEWER, "/iiif/" + CLEAN + "/1/" + TILE, "*/*").statusCode()).isEqualTo(200);
		// So a viewer's manifest shows that page by its blacked-out picture, not by tiles
		// the viewer would be refused.
		String viewersCanvas = pageImage(get(VIEWER, "/iiif/" + SCANNED + "/manifest", "*/*").body());
		assertThat(viewersCanvas).contains("/api/documents/" + SCANNED + "/pages/1/image").doesNotContain("service");

		long audited = audited(SCANNED);
		BufferedImage asOfficer = picture(bytes(OFFICER, "/api/documents/" + SCANNED + "/pages/1/image", "image/jpeg"));
		assertThat(brightness(asOfficer, idBox)).isGreaterThan(200);
		assertThat(get(OFFICER, "/api/documents/" + SCANNED + "/file", "*/*").statusCode()).isEqualTo(200);
		assertThat(get(OFFICER, "/api/documents/" + BORN_DIGITAL + "/pages/1/image", "*/*").statusCode())
			.isEqualTo(200);
		assertThat(get(OFFICER, "/iiif/" + SCANNED + "/1/info.json", "*/*").statusCode()).isEqualTo(200);
		assertThat(get(OFFICER, "/iiif/" + SCANNED + "/1/" + TILE, "*/*").statusCode()).isEqualTo(200);
		// The picture, the file and the page's tiles opened; not each tile.
		assertThat(audited(SCANNED)).isEqualTo(audited + 3);
		assertThat(pageImage(get(OFFICER, "/iiif/" + SCANNED + "/manifest", "*/*").body()))
			.contains("/iiif/" + SCANNED + "/1")
			.contains("ImageService3");
	}

	// The first canvas's painted image, as JSON.
	private static String pageImage(String manifest) {
		return tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree(manifest)
			.get("items")
			.get(0)
			.get("items")
			.get(0)
			.get("items")
			.get(0)
			.get("body")
			.toString();
	}

	// --- fixtures

	private void catalogue(String id, String textSource, Path pdf) {
		if (this.catalogue.find(DocumentId.of(id)).isEmpty()) {
			this.catalogue.add(new CatalogedDocument(DocumentId.of(id), id + "0".repeat(40), id + ".pdf", pdf, pdf,
					"application/pdf", 1000, 1, "Đơn " + id, textSource, Instant.now(), 0));
		}
	}

	private static Path onePagePdf(Path file) throws IOException {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage(PDRectangle.A4));
			document.save(file.toFile());
		}
		return file;
	}

	private static ArchiveEntry page(String id, String text, String textSource) {
		return new PageEntry(id, id + "0".repeat(40), id + ".pdf", "Đơn " + id, "application/pdf", 1000, 1, 1, text,
				textSource, null, null, null, Instant.parse("2025-06-01T08:00:00Z"), 0, null);
	}

	/** The text's words as Tesseract's hOCR would box them, laid out as {@link #box}. */
	static String hocr(String text) {
		StringBuilder hocr = new StringBuilder("<div class='ocr_page' id='page_1' title='image \"p.png\"; bbox 0 0 "
				+ WIDTH + " " + HEIGHT + "; ppageno 0'>\n <span class='ocr_line' id='line_1_1' title=\"bbox 100 "
				+ "100 2400 3000; baseline 0 -7; x_size 40\">\n");
		String[] words = text.split(" ");
		for (int i = 0; i < words.length; i++) {
			int[] box = box(text, i);
			hocr.append("  <span class='ocrx_word' id='word_1_%d' title='bbox %d %d %d %d; x_wconf 95'>%s</span>\n"
				.formatted(i + 1, box[0], box[1], box[2], box[3], words[i]));
		}
		return hocr.append(" </span>\n</div>").toString();
	}

	// Words 60 pixels a letter, lines 100 pixels apart.
	private static int[] box(String text, int word) {
		int x = 100;
		int y = 200;
		String[] words = text.split(" ");
		for (int i = 0; i < word; i++) {
			x += words[i].length() * 60 + 60;
			if (x + words[i + 1].length() * 60 > WIDTH - 100) {
				x = 100;
				y += 100;
			}
		}
		return new int[] { x, y, x + words[word].length() * 60, y + 60 };
	}

	private static int[] box(String text, String word) {
		return box(text, List.of(text.split(" ")).indexOf(word));
	}

	// The mean brightness of a word's box in the picture, the hOCR's pixels scaled to it.
	private static double brightness(BufferedImage image, int[] box) {
		double sx = (double) image.getWidth() / WIDTH;
		double sy = (double) image.getHeight() / HEIGHT;
		List<Integer> values = new ArrayList<>();
		for (int x = (int) (box[0] * sx); x < (int) (box[2] * sx); x++) {
			for (int y = (int) (box[1] * sy); y < (int) (box[3] * sy); y++) {
				values.add(image.getRaster().getSample(x, y, 0));
			}
		}
		return values.stream().mapToInt(Integer::intValue).average().orElseThrow();
	}

	private static BufferedImage picture(HttpResponse<byte[]> response) throws IOException {
		return ImageIO.read(new ByteArrayInputStream(response.body()));
	}

	private long audited(String id) {
		return this.jdbc
			.sql("SELECT count(*) FROM audit_log WHERE action = 'document.personal-data.view' " + "AND subject_id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	private HttpResponse<String> get(String user, String path, String accept) throws Exception {
		return HTTP.send(request(user, path, accept), BodyHandlers.ofString());
	}

	private HttpResponse<byte[]> bytes(String user, String path, String accept) throws Exception {
		HttpResponse<byte[]> response = HTTP.send(request(user, path, accept), BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response;
	}

	private HttpRequest request(String user, String path, String accept) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", accept + ", application/problem+json")
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.GET()
			.build();
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
