package vn.luutru.search.export;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.luutru.archive.ServicesProperties;
import vn.luutru.archive.catalog.CatalogedDocument;
import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.hocr.AltoStructure;
import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.index.ArchiveIndex;
import vn.luutru.archive.index.PageEntry;
import vn.luutru.archive.storage.Derivatives;
import vn.luutru.archive.storage.PageRecords;
import vn.luutru.archive.storage.PageTexts;
import vn.luutru.archive.support.TestStores;
import vn.luutru.search.ArchiveEntries;
import vn.luutru.search.users.NewUser;
import vn.luutru.search.users.UserService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Archival packages over real HTTP against the whole application, the real Elasticsearch
 * and PostgreSQL: a search's and a dossier's documents download as a zipped BagIt bag
 * that the Library of Congress's verifier finds valid, whose description reads back with
 * the circular's fields; a viewer is refused a package holding personal data with a
 * problem in Vietnamese; every download is audited. Each OCR'd page travels as hOCR and
 * as ALTO that keeps to the ALTO v4 structure, and {@code mets.xml} names every payload
 * file with the checksum of the bag's manifest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportIntegrationTests {

	static final String PASSWORD = "mật khẩu đủ dài 2026";

	static final String ADMIN = "ex-admin";

	static final String OFFICER = "ex-officer";

	static final String VIEWER = "ex-viewer";

	/** A scanned notice: page text, hOCR and a searchable PDF/A. */
	static final String NOTICE = "e4b000000000000000000001";

	/** A request holding an applicant's ID number. */
	static final String REQUEST = "e4b000000000000000000002";

	static final String NOTICE_TEXT = "Số: 977/TB-STNMT Thông báo kết quả thẩm định hồ sơ xuất khẩu lưu trữ.";

	static final String REQUEST_TEXT = "Đơn đề nghị xuất khẩu lưu trữ của ông Nguyễn Văn An, CCCD số 079088001122.";

	static final String DOSSIER = "000.00.12.H13-251204-0077";

	static final String METS = "http://www.loc.gov/METS/";

	static final HttpClient HTTP = HttpClient.newHttpClient();

	static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path work;

	@LocalServerPort
	int port;

	@Autowired
	UserService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Documents catalogue;

	@Autowired
	PageTexts pageTexts;

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
		for (String[] user : new String[][] { { ADMIN, "administrator" }, { OFFICER, "officer" },
				{ VIEWER, "viewer" } }) {
			if (this.jdbc.sql("SELECT count(*) FROM users WHERE username = ?")
				.param(user[0])
				.query(Integer.class)
				.single() == 0) {
				this.users.create(new NewUser(user[0], null, user[1], PASSWORD));
			}
		}
		Path folder = Files.createDirectories(Path.of("target", "export-tests").toAbsolutePath());
		document(NOTICE, NOTICE_TEXT, onePagePdf(folder.resolve("thong-bao.pdf")));
		document(REQUEST, REQUEST_TEXT, onePagePdf(folder.resolve("don.pdf")));
		Derivatives derivatives = new Derivatives(this.services.derivativesDir());
		DocumentId notice = DocumentId.of(NOTICE);
		Files.createDirectories(derivatives.hocr(notice, 1).getParent());
		Files.writeString(derivatives.hocr(notice, 1), """
				<html><body><div class='ocr_page' title='bbox 0 0 1240 1754; scan_res 150 150'>
				 <span class='ocr_line' title='bbox 100 100 700 140; baseline 0 -8'>
				  <span class='ocrx_word' title='bbox 100 100 180 140; x_wconf 93'>Số:</span>
				  <span class='ocrx_word' title='bbox 200 100 420 140; x_wconf 88'>977/TB-STNMT</span>
				 </span></div></body></html>""");
		Files.copy(folder.resolve("thong-bao.pdf"), derivatives.searchablePdf(notice),
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		ArchiveEntries.index(this.client, this.index, List.of(page(NOTICE, NOTICE_TEXT), page(REQUEST, REQUEST_TEXT)));
	}

	@Test
	void aSearchsDocumentsDownloadAsAValidBagWithTheirDescription() throws Exception {
		HttpResponse<InputStream> response = get(OFFICER, "/api/search/export?q=" + encode("xuất khẩu lưu trữ"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
		Bag bag = validBag(response);
		JsonNode description = description(bag);
		assertThat(description.get("kind").asString()).isEqualTo("search");
		assertThat(description.get("documents")).hasSize(2);
		JsonNode notice = documentOf(description, NOTICE);
		assertThat(notice.get("numberAndSymbol").asString()).isEqualTo("977/TB-STNMT");
		assertThat(notice.get("issuer").asString()).isEqualTo("STNMT");
		assertThat(notice.get("date").asString()).isEqualTo("2025-10-25");
		assertThat(notice.get("type").asString()).isEqualTo("thong-bao");
		assertThat(notice.get("subject").asString()).isEqualTo("Kết quả thẩm định");
		assertThat(notice.get("pages").asInt()).isEqualTo(1);
		assertThat(notice.get("language").asString()).isEqualTo("vi");
		assertThat(notice.get("files").get("pdfa").asString()).isEqualTo("documents/" + NOTICE + "/pdfa.pdf");
		assertThat(bag.getRootDir().resolve("data/documents/" + NOTICE + "/text/page-0001.txt")).content()
			.isEqualTo(NOTICE_TEXT);
		assertThat(bag.getRootDir().resolve("data/documents/" + NOTICE + "/hocr/page-0001.hocr")).exists();
		Path alto = bag.getRootDir().resolve("data/documents/" + NOTICE + "/alto/page-0001.xml");
		assertThat(AltoStructure.problems(Files.readString(alto))).isEmpty();
		assertThat(alto).content().contains("CONTENT=\"977/TB-STNMT\"", "WC=\"0.88\"");
		assertThat(notice.get("files").get("alto").get(0).asString())
			.isEqualTo("documents/" + NOTICE + "/alto/page-0001.xml");
		Element mets = metsNamingEveryPayloadFile(bag);
		assertThat(mets.getTextContent()).contains("977/TB-STNMT", "Kết quả thẩm định");
		assertThat(mets.getElementsByTagNameNS(METS, "div")).satisfies((divs) -> {
			List<String> types = new java.util.ArrayList<>();
			for (int i = 0; i < divs.getLength(); i++) {
				types.add(((Element) divs.item(i)).getAttribute("TYPE"));
			}
			assertThat(types).contains("package", "document", "page");
		});
		assertThat(bag.getRootDir().resolve("data/documents/" + REQUEST + "/text/page-0001.txt")).content()
			.contains("079088001122");
		assertThat(audited("search")).isPositive();
	}

	@Test
	void aViewerIsRefusedAPackageWithPersonalDataButGetsOneWithout() throws Exception {
		HttpResponse<InputStream> refused = get(VIEWER, "/api/search/export?q=" + encode("xuất khẩu lưu trữ"));

		assertThat(refused.statusCode()).isEqualTo(403);
		String problem = new String(refused.body().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(problem).contains("export-personal-data-withheld", "dữ liệu cá nhân").doesNotContain("079088001122");

		// Words of this class's notice alone: the index is shared with other test
		// classes,
		// whose documents (appraisal, "thẩm định", among them) may hold personal data.
		HttpResponse<InputStream> clean = get(VIEWER, "/api/search/export?q=" + encode("thẩm định xuất khẩu"));
		assertThat(clean.statusCode()).isEqualTo(200);
		assertThat(description(validBag(clean)).get("documents")).singleElement()
			.satisfies((document) -> assertThat(document.get("identifier").asString()).isEqualTo(NOTICE));
	}

	@Test
	void aDossiersDocumentsDownloadWithTheDossiersFields() throws Exception {
		String csv = "Mã hồ sơ,Tên thủ tục,Lĩnh vực,Người nộp,Số CCCD,Ngày nhận,Ngày hẹn trả,Ngày trả,Trạng thái,"
				+ "Hình thức trả,Phường/Xã,Thửa đất,Văn bản liên quan\n" + DOSSIER
				+ ",Thuê đất,Đất đai,Công ty CP Lưu trữ,0400123456,02/10/2025,30/10/2025,,Đang giải quyết,Trực tiếp,,,\n";
		assertThat(send(ADMIN, "POST", "/api/dossiers/import", "text/csv", csv).statusCode()).isEqualTo(200);
		assertThat(send(OFFICER, "PUT", "/api/dossiers/" + DOSSIER + "/documents/" + NOTICE, "application/json", "{}")
			.statusCode()).isEqualTo(200);

		HttpResponse<InputStream> response = get(OFFICER, "/api/dossiers/" + DOSSIER + "/export");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode description = description(validBag(response));
		assertThat(description.get("kind").asString()).isEqualTo("dossier");
		assertThat(description.get("description").get("code").asString()).isEqualTo(DOSSIER);
		assertThat(description.get("description").get("procedureName").asString()).isEqualTo("Thuê đất");
		assertThat(description.get("documents")).singleElement()
			.satisfies((document) -> assertThat(document.get("identifier").asString()).isEqualTo(NOTICE));
		assertThat(get(OFFICER, "/api/dossiers/khong-co/export").statusCode()).isEqualTo(404);
		assertThat(audited("dossier")).isPositive();
	}

	@Test
	void anArchivistsSavedDescriptionIsWhatThePackageCarries() throws Exception {
		assertThat(send(ADMIN, "PUT", "/api/documents/" + REQUEST + "/description", "application/json", """
				{"number": "15", "symbol": "ĐĐ-UBND", "issuedOn": "2025-09-02", "documentType": "Biên bản",
				 "subject": "Biên bản xuất khẩu lưu trữ đã hiệu đính", "issuer": "Ủy ban nhân dân phường An Khánh",
				 "language": "vi", "pageCount": 1, "accessRegime": "han-che", "reliability": "so-hoa"}""").statusCode())
			.isEqualTo(200);
		try {
			HttpResponse<InputStream> response = get(ADMIN, "/api/search/export?q=" + encode("xuất khẩu lưu trữ"));

			assertThat(response.statusCode()).isEqualTo(200);
			JsonNode request = documentOf(description(validBag(response)), REQUEST);
			assertThat(request.get("subject").asString()).isEqualTo("Biên bản xuất khẩu lưu trữ đã hiệu đính");
			assertThat(request.get("numberAndSymbol").asString()).isEqualTo("15/ĐĐ-UBND");
			assertThat(request.get("issuer").asString()).isEqualTo("Ủy ban nhân dân phường An Khánh");
			assertThat(request.get("date").asString()).isEqualTo("2025-09-02");
			assertThat(request.get("type").asString()).isEqualTo("bien-ban");
		}
		finally {
			this.jdbc.sql("DELETE FROM document_descriptions WHERE document_id = ?").param(REQUEST).update();
		}
	}

	@Test
	void anArchivalFilesDocumentsDownloadWithTheFilesFields() throws Exception {
		String code = "H12.9.77";
		if (send(OFFICER, "GET", "/api/records/files/" + code, "application/json", "").statusCode() == 404) {
			assertThat(send(OFFICER, "POST", "/api/records/files", "application/json", """
					{"fondsCode": "H12", "catalogueNumber": 9, "fileNumber": 77,
					 "title": "Hồ sơ xuất khẩu lưu trữ", "retention": "vinh-vien"}""").statusCode()).isEqualTo(201);
			assertThat(send(OFFICER, "PUT", "/api/records/files/" + code + "/documents/" + NOTICE, "application/json",
					"{}")
				.statusCode()).isEqualTo(200);
		}

		HttpResponse<InputStream> response = get(OFFICER, "/api/records/files/" + code + "/export");

		assertThat(response.statusCode()).isEqualTo(200);
		Bag bag = validBag(response);
		JsonNode description = description(bag);
		assertThat(description.get("kind").asString()).isEqualTo("file");
		assertThat(description.get("description").get("code").asString()).isEqualTo(code);
		assertThat(description.get("description").get("title").asString()).isEqualTo("Hồ sơ xuất khẩu lưu trữ");
		assertThat(description.get("description").get("retention").asString()).isEqualTo("vinh-vien");
		assertThat(description.get("documents")).singleElement()
			.satisfies((document) -> assertThat(document.get("identifier").asString()).isEqualTo(NOTICE));
		assertThat(metsNamingEveryPayloadFile(bag).getTextContent()).contains("Hồ sơ xuất khẩu lưu trữ");
		assertThat(get(OFFICER, "/api/records/files/H12.9.404/export").statusCode()).isEqualTo(404);
		assertThat(audited("file")).isPositive();
	}

	/**
	 * Reads {@code data/mets.xml} and checks that it names every other payload file, each
	 * with the checksum the bag's manifest gives it.
	 */
	private static Element metsNamingEveryPayloadFile(Bag bag) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Element mets = factory.newDocumentBuilder()
			.parse(bag.getRootDir().resolve("data/mets.xml").toFile())
			.getDocumentElement();
		assertThat(mets.getNamespaceURI()).isEqualTo(METS);
		assertThat(mets.getLocalName()).isEqualTo("mets");
		java.util.Map<String, String> named = new java.util.HashMap<>();
		NodeList files = mets.getElementsByTagNameNS(METS, "file");
		for (int i = 0; i < files.getLength(); i++) {
			Element file = (Element) files.item(i);
			assertThat(file.getAttribute("CHECKSUMTYPE")).isEqualTo("SHA-256");
			Element location = (Element) file.getElementsByTagNameNS(METS, "FLocat").item(0);
			named.put(location.getAttributeNS("http://www.w3.org/1999/xlink", "href"), file.getAttribute("CHECKSUM"));
		}
		java.util.Map<String, String> manifest = new java.util.HashMap<>();
		Path data = bag.getRootDir().resolve("data");
		bag.getPayLoadManifests()
			.iterator()
			.next()
			.getFileToChecksumMap()
			.forEach((file, checksum) -> manifest.put(data.relativize(file).toString().replace('\\', '/'), checksum));
		manifest.remove("mets.xml");
		assertThat(named).isEqualTo(manifest);
		return mets;
	}

	/**
	 * Unzips the download and checks it with the BagIt library: payload manifests and
	 * Payload-Oxum.
	 */
	private Bag validBag(HttpResponse<InputStream> response) throws Exception {
		Path unzipped = Files.createTempDirectory(this.work, "bag");
		try (ZipInputStream zip = new ZipInputStream(response.body(), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				Path target = unzipped.resolve(entry.getName()).normalize();
				assertThat(target.startsWith(unzipped)).as(entry.getName()).isTrue();
				Files.createDirectories(target.getParent());
				Files.copy(zip, target);
			}
		}
		try (var folders = Files.list(unzipped)) {
			Path root = folders.findFirst().orElseThrow();
			Bag bag = new BagReader().read(root);
			try (BagVerifier verifier = new BagVerifier()) {
				verifier.isValid(bag, false);
			}
			return bag;
		}
	}

	private static JsonNode description(Bag bag) throws IOException {
		return JSON.readTree(Files.readString(bag.getRootDir().resolve("data/description.json")));
	}

	private static JsonNode documentOf(JsonNode description, String id) {
		for (JsonNode document : description.get("documents")) {
			if (document.get("identifier").asString().equals(id)) {
				return document;
			}
		}
		throw new AssertionError("no document " + id + " in " + description);
	}

	private void document(String id, String text, Path pdf) throws IOException {
		DocumentId documentId = DocumentId.of(id);
		if (this.catalogue.find(documentId).isEmpty()) {
			this.catalogue.add(new CatalogedDocument(documentId, id + "0".repeat(40), id + ".pdf", pdf, pdf,
					"application/pdf", Files.size(pdf), 1, "Thông báo " + id, "ocr", Instant.now(), 0));
		}
		this.pageTexts.keep(documentId,
				new PageRecords(java.util.Map.of(), List.of(new PageRecords.Page(1, "ocr", 90f, null))), List.of(text));
	}

	private static Path onePagePdf(Path file) throws IOException {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.save(file.toFile());
		}
		return file;
	}

	private static ArchiveEntry page(String id, String text) {
		ArchiveEntry.Identifiers identifiers = id.equals(NOTICE)
				? new ArchiveEntry.Identifiers("thong-bao", 2025, List.of("977/TB-STNMT"), List.of(), List.of(),
						List.of(), List.of(java.time.LocalDate.of(2025, 10, 25)), List.of())
				: null;
		return new PageEntry(id, id + "0".repeat(40), id + ".pdf", "Thông báo " + id,
				id.equals(NOTICE) ? "Kết quả thẩm định" : null, "application/pdf", 1000, 1, 1, text, "ocr", null, null,
				identifiers, Instant.parse("2025-06-01T08:00:00Z"), 0, null);
	}

	private long audited(String kind) {
		return this.jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'export.download' AND subject_type = ?")
			.param(kind)
			.query(Long.class)
			.single();
	}

	private HttpResponse<InputStream> get(String user, String path) throws Exception {
		return HTTP.send(request(user, path).GET().build(), BodyHandlers.ofInputStream());
	}

	private HttpResponse<String> send(String user, String method, String path, String type, String body)
			throws Exception {
		return HTTP.send(request(user, path).header("Content-Type", type)
			.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String user, String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "application/zip, application/json, application/problem+json")
			.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
