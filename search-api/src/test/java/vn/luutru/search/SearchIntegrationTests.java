package vn.luutru.search;

import org.springframework.context.annotation.Import;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.luutru.archive.catalog.CatalogedDocument;
import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.identifiers.IdentifierReader;
import vn.luutru.archive.identifiers.IdentifiersProperties;
import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.index.DocumentEntry;
import vn.luutru.archive.index.PageEntry;
import vn.luutru.archive.index.ArchiveIndex;
import vn.luutru.archive.support.TestStores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole application against the real embedded Elasticsearch (with the folding plugin)
 * and PostgreSQL, with page entries indexed directly so each ranking question has exactly
 * the pages it needs.
 *
 * <p>
 * Other test classes may share the index, so assertions name these documents rather than
 * count all hits, except for words only these fixtures use.
 */
@Import(SignedIn.class)
@SpringBootTest
@AutoConfigureMockMvc
class SearchIntegrationTests {

	static final Instant INGESTED = Instant.parse("2025-06-01T08:00:00Z");

	static final IdentifierReader IDENTIFIERS = new IdentifierReader(IdentifiersProperties.defaults());

	static final String EXACT = "5ea4c0000000000000000001";

	static final String UNACCENTED = "5ea4c0000000000000000002";

	static final String DA_NANG = "5ea4c0000000000000000003";

	static final String REPORT = "5ea4c0000000000000000004";

	static final String LETTER = "5ea4c0000000000000000005";

	static final String MINUTES = "5ea4c0000000000000000006";

	static final String SPREAD = "5ea4c0000000000000000007";

	@DynamicPropertySource
	static void stores(DynamicPropertyRegistry registry) {
		TestStores.register(registry, "search-api");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	ElasticsearchClient client;

	@Autowired
	ArchiveIndex index;

	@Autowired
	Documents catalogue;

	@BeforeEach
	void indexPages() throws Exception {
		List<ArchiveEntry> entries = new ArrayList<>();
		entries.add(document(EXACT, 2, Map.of("author", "STNMT")));
		entries.add(page(EXACT, 1, "Sở Tài nguyên và Môi trường tỉnh Cần Thơ thông báo kết quả thẩm định hồ sơ."));
		entries.add(page(EXACT, 2, "Danh sách thửa đất số 125, tờ bản đồ số 12 kèm theo."));
		entries.add(page(UNACCENTED, 1, "So tai nguyen va moi truong tinh Can Tho thong bao ket qua tham dinh ho so."));
		entries.add(page(DA_NANG, 1, "UBND THÀNH PHỐ ĐÀ NẴNG\nQUYẾT ĐỊNH về việc giao đất cho hộ gia đình."));
		entries.add(page(REPORT, 1, "Báo cáo đánh giá tác động môi trường dự án khu dân cư mới."));
		entries
			.add(page(REPORT, 2, "Phụ lục: danh mục các xã trong vùng dự án, trong đó có xã Vĩnh Trạch Đông và các xã "
					+ "lân cận, cùng bản đồ hiện trạng sử dụng đất năm 2019 của từng xã trong huyện."));
		entries.add(page(REPORT, 3, "Xã Vĩnh Trạch Đông: hiện trạng xã Vĩnh Trạch Đông."));
		entries.add(page(LETTER, 1, "Công văn gửi UBND xã Vĩnh Trạch Đông về việc kiểm tra hiện trạng sử dụng đất."));
		entries.add(page(MINUTES, 1, "<script>alert('x')</script> Biên bản nghiệm thu công trình xử lý nước thải."));
		entries.add(page(SPREAD, 1, "Tờ trình về mỏ quặng titan ven biển."));
		entries.add(page(SPREAD, 2, "Đề nghị cấp phép cho Công ty Hưng Thịnh."));
		ArchiveEntries.index(this.client, this.index, entries);
	}

	@Test
	void fieldFiltersFindPagesByTheIdentifiersReadFromThem() throws Exception {
		// Other test classes share the index (the sample notice names the same parcel),
		// so these assertions name this class's documents.
		this.mvc.perform(get("/api/search").param("q", "thua:125 to:12").param("size", "100"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[?(@.documentId == '" + EXACT + "')].page").value(contains(2)));
		assertThat(order("thua:125")).contains(EXACT).doesNotContain(UNACCENTED, DA_NANG, REPORT);
		assertThat(order("thua:125 to:13")).doesNotContain(EXACT);
		assertThat(order("giao dat loai:quyet-dinh")).contains(DA_NANG).doesNotContain(EXACT, REPORT, LETTER);
	}

	@Test
	void eachDocumentListsItsMatchingPagesAndCanBeSearchedWithin() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "xa Vinh Trach Dong").param("size", "100"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[?(@.documentId == '" + REPORT + "')].pages[*]")
				.value(org.hamcrest.Matchers.containsInAnyOrder(2, 3)))
			.andExpect(jsonPath("$.hits[?(@.documentId == '" + REPORT + "')].matchingPages").value(contains(2)));
		this.mvc.perform(get("/api/documents/{id}/search", REPORT).param("q", "Vĩnh Trạch Đông"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].page").value(org.hamcrest.Matchers.containsInAnyOrder(2, 3)))
			.andExpect(jsonPath("$[0].snippet").value(org.hamcrest.Matchers.containsString("<mark>")));
	}

	@Test
	void aDocumentWhoseWordsAreOnDifferentPagesIsFoundAndOpensAtItsFirstPage() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "titan Hung Thinh"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[*].documentId").value(contains(SPREAD)))
			.andExpect(jsonPath("$.hits[0].matchingPages").value(0))
			.andExpect(jsonPath("$.hits[0].page").value(1))
			.andExpect(jsonPath("$.hits[0].pages").isEmpty())
			.andExpect(jsonPath("$.hits[0].snippet").value(""));
		// A phrase never runs from one page onto the next.
		assertThat(order("\"ven biển đề nghị\"")).doesNotContain(SPREAD);
	}

	@Test
	void aWordOcrMisreadStillFindsThePageButNumbersAreNotFuzzed() throws Exception {
		// "Trạch" read as "Trsch": one edit on a five-letter word.
		assertThat(order("vinh trsch dong")).contains(REPORT);
		// 126 is not 125.
		assertThat(order("125")).contains(EXACT);
		assertThat(order("126")).doesNotContain(EXACT);
	}

	@Test
	void phrasesAndExclusions() throws Exception {
		assertThat(order("\"tac dong moi truong\"")).contains(REPORT);
		assertThat(order("\"tac dong moi truong\" -\"dan cu\"")).doesNotContain(REPORT);
		assertThat(order("\"moi truong tac dong\"")).doesNotContain(REPORT);
	}

	@Test
	void facetsCountMatchingDocuments() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "\"giao đất cho hộ gia đình\" dvhc:\"da nang\""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[*].documentId").value(contains(DA_NANG)))
			.andExpect(jsonPath("$.facets.kind[0].value").value("quyet-dinh"))
			.andExpect(jsonPath("$.facets.kind[0].documents").value(1))
			.andExpect(jsonPath("$.facets.adminUnit[*].value").value(hasItem("Thành phố Đà Nẵng")))
			.andExpect(jsonPath("$.facets.textSource[0].value").value("text-layer"));
	}

	@Test
	void aMalformedQueryIsABadRequestThatSaysWhy() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "tacgia:Nam"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Unknown field 'tacgia:'")));
	}

	@Test
	void unaccentedQueryFindsTheAccentedPage() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "tai nguyen moi truong").param("size", "100"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[?(@.documentId == '" + EXACT + "')].page").value(hasItem(1)))
			// Words marked side by side read as one run.
			.andExpect(jsonPath("$.hits[?(@.documentId == '" + EXACT + "')].snippet").value(hasItem(
					"Sở <mark>Tài nguyên</mark> và <mark>Môi trường</mark> tỉnh Cần Thơ thông báo kết quả thẩm định hồ sơ.")));
	}

	@Test
	void exactDiacriticsRankAboveAFoldedOnlyMatch() throws Exception {
		assertThat(order("Tài nguyên")).containsSubsequence(EXACT, UNACCENTED);
		// and the other way round: typed without diacritics, the page written without
		// them comes first
		assertThat(order("tai nguyen")).containsSubsequence(UNACCENTED, EXACT);
	}

	@Test
	void placeNameMatchesWithAndWithoutDiacriticsAndInEitherNormalForm() throws Exception {
		assertThat(order("Đà Nẵng")).contains(DA_NANG);
		assertThat(order("da nang")).contains(DA_NANG);
		assertThat(order(Normalizer.normalize("Đà Nẵng", Normalizer.Form.NFD))).contains(DA_NANG);
	}

	@Test
	void oneHitPerDocumentWithItsBestPageAndDocumentsCounted() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "Vĩnh Trạch Đông"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.hits.length()").value(2))
			.andExpect(jsonPath("$.hits[?(@.documentId == '" + REPORT + "')].page").value(hasItem(3)))
			.andExpect(jsonPath("$.hits[?(@.documentId == '" + LETTER + "')].page").value(hasItem(1)));
		this.mvc.perform(get("/api/search").param("q", "Vinh Trach Dong").param("page", "1").param("size", "1"))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.hits.length()").value(1));
	}

	@Test
	void snippetIsEscapedWithMarks() throws Exception {
		String body = this.mvc.perform(get("/api/search").param("q", "nghiệm thu nước thải"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> snippets = JsonPath.read(body, "$.hits[?(@.documentId == '" + MINUTES + "')].snippet");

		assertThat(snippets).singleElement()
			.asString()
			.contains("<mark>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
			.doesNotContain("<script");
	}

	@Test
	void blankQueryIsAProblem() throws Exception {
		this.mvc.perform(get("/api/search").param("q", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Invalid search"));
	}

	@Test
	void documentDetailsAndOriginal() throws Exception {
		Path original = Files.createDirectories(TestStores.dataDir().resolve("it-originals")).resolve(EXACT + ".pdf");
		Files.writeString(original, "%PDF-1.7 not really", StandardCharsets.US_ASCII);
		this.catalogue.add(new CatalogedDocument(DocumentId.of(EXACT), sha256(EXACT), "Thông báo 977.pdf",
				Path.of("/srv/scans/tb-977.pdf"), original, "application/pdf", 19, 2, "Thông báo 977/TB-STNMT",
				"text-layer", INGESTED, 0));

		this.mvc.perform(get("/api/documents/{id}", EXACT))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fileName").value("Thông báo 977.pdf"))
			.andExpect(jsonPath("$.metadata.author").value("STNMT"))
			.andExpect(jsonPath("$.pages.length()").value(2))
			.andExpect(jsonPath("$.pages[1].page").value(2));
		this.mvc.perform(get("/api/documents/{id}/file", EXACT).header(HttpHeaders.RANGE, "bytes=0-7"))
			.andExpect(status().isPartialContent())
			.andExpect(content().string("%PDF-1.7"))
			.andExpect(header().string(HttpHeaders.ETAG, "\"" + sha256(EXACT) + "\""));
		this.mvc.perform(get("/api/documents/{id}", "ffffffffffffffffffffffff")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/documents/{id}/file", "not-an-id")).andExpect(status().isNotFound());
	}

	@Test
	void everyMatchingDocumentIsListedPastTheTenThousandHitWindow() throws Exception {
		int documents = 10_050;
		if (this.client
			.count((c) -> c.index(this.index.alias()).query((q) -> q.match((m) -> m.field("content").query("zqxvwk"))))
			.count() < documents) {
			for (int start = 0; start < documents; start += 2_000) {
				BulkRequest.Builder bulk = new BulkRequest.Builder();
				for (int n = start; n < Math.min(documents, start + 2_000); n++) {
					for (ArchiveEntry entry : ArchiveEntries
						.complete(List.of(page("dee9%020x".formatted(n), 1, "Zqxvwk " + n + ".")))) {
						bulk.operations(
								(o) -> o.index((i) -> i.index(this.index.alias()).id(entry.id()).document(entry)));
					}
				}
				assertThat(this.client.bulk(bulk.build()).errors()).isFalse();
			}
			this.index.refresh();
		}
		// Ranked results stop at the window…
		this.mvc.perform(get("/api/search").param("q", "zqxvwk").param("page", "1000"))
			.andExpect(status().isBadRequest());
		// …the listing goes on to the last document, each once, in order.
		java.util.Set<String> seen = new java.util.LinkedHashSet<>();
		String after = null;
		int slices = 0;
		do {
			var request = get("/api/search/all").param("q", "zqxvwk").param("size", "1000");
			if (after != null) {
				request.param("after", after);
			}
			String body = this.mvc.perform(request)
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			List<String> ids = JsonPath.read(body, "$.documents[*].documentId");
			assertThat(ids).isSorted();
			assertThat(seen.addAll(ids)).isTrue();
			after = JsonPath.read(body, "$.next");
			slices++;
		}
		while (after != null);
		assertThat(seen).hasSize(documents);
		assertThat(slices).isEqualTo(11);
		// Ten thousand more documents would change the other tests' term statistics.
		for (int start = 0; start < documents; start += 2_000) {
			BulkRequest.Builder bulk = new BulkRequest.Builder();
			for (int n = start; n < Math.min(documents, start + 2_000); n++) {
				String id = page("dee9%020x".formatted(n), 1, "").id();
				String documentId = "dee9%020x".formatted(n);
				bulk.operations((o) -> o.delete((d) -> d.index(this.index.alias()).id(id)));
				bulk.operations((o) -> o.delete((d) -> d.index(this.index.alias()).id(documentId)));
			}
			assertThat(this.client.bulk(bulk.build()).errors()).isFalse();
		}
		this.index.refresh();
		this.mvc.perform(get("/api/search/all").param("q", "so muc").param("after", "../etc"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void jobsAnswerProblemsForBadFoldersAndUnknownIds() throws Exception {
		this.mvc.perform(post("/api/jobs").contentType(MediaType.APPLICATION_JSON).content("""
				{"folder": "/nonexistent/scans"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers
				.startsWith("Thư mục /nonexistent/scans nằm ngoài các thư mục được phép nhập")));
		this.mvc.perform(get("/api/jobs/{id}", 987654321)).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/jobs")).andExpect(status().isOk()).andExpect(jsonPath("$").isArray());
	}

	@Test
	void healthIsUpWithBothStores() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.elasticsearch.status").value("UP"))
			.andExpect(jsonPath("$.components.db.status").value("UP"));
	}

	@Test
	void servesTheOpenApiDescriptionAndTheUi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/search']").exists())
			.andExpect(jsonPath("$.paths['/api/jobs']").exists());
		this.mvc.perform(get("/")).andExpect(forwardedUrl("index.html"));
		// Served as text/html without a charset; the page declares UTF-8 itself.
		String page = this.mvc.perform(get("/index.html"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Tìm kiếm", "Nhập từ khóa, có dấu hoặc không dấu…");
		this.mvc.perform(get("/app.js")).andExpect(status().isOk());
	}

	private List<String> order(String q) throws Exception {
		String body = this.mvc.perform(get("/api/search").param("q", q).param("size", "100"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return JsonPath.read(body, "$.hits[*].documentId");
	}

	private static ArchiveEntry document(String id, int pages, Map<String, String> metadata) {
		return new DocumentEntry(id, sha256(id), id + ".pdf", "Văn bản " + id, "application/pdf", 1000, pages,
				"text-layer", null, null, INGESTED, 0, metadata, null, List.of());
	}

	private static ArchiveEntry page(String id, int page, String text) {
		// Identifiers read as the ingestion job reads them.
		return new PageEntry(id, sha256(id), id + ".pdf", "Văn bản " + id, "application/pdf", 1000, 3, page, text,
				"text-layer", null, null, IDENTIFIERS.read(text), INGESTED, 0, null);
	}

	private static String sha256(String id) {
		return id + "0".repeat(40);
	}

}
