package vn.luutru.search.documents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.luutru.archive.identifiers.IdentifierReader;
import vn.luutru.archive.identifiers.IdentifiersProperties;
import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.index.ArchiveIndex;
import vn.luutru.archive.index.PageEntry;
import vn.luutru.archive.support.TestStores;
import vn.luutru.search.ArchiveEntries;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both executions of a search against the real Elasticsearch, on an archive of documents
 * of one to six pages drawn from the same phrases: the documents, their order and scores,
 * the total, every facet's counts, each hit's matching pages, best pages and snippet must
 * be the same whether the facets ride on the results request or come from a request of
 * their own.
 */
// An index of its own: other test classes' documents would only make the comparison
// slower.
@SpringBootTest(properties = "luutru.elasticsearch.index.alias=luutru-search-execution")
class SearchExecutionIntegrationTests {

	private static final String[] OPENINGS = { "THÔNG BÁO\nKết quả thẩm định hồ sơ đề nghị thuê đất",
			"QUYẾT ĐỊNH\nVề việc thu hồi đất để thực hiện dự án", "BIÊN BẢN\nKiểm tra hiện trạng sử dụng đất",
			"GIẤY PHÉP\nKhai thác, sử dụng nước dưới đất", "BẢN ĐỒ ĐỊA CHÍNH\nTờ bản đồ số 12, phường An Khánh",
			"CÔNG VĂN\nV/v cung cấp thông tin quy hoạch sử dụng đất" };

	private static final String[] PHRASES = { "tại thửa đất số %d, tờ bản đồ số %d", "phường An Khánh, quận Ninh Kiều",
			"phường Hưng Lợi, quận Ninh Kiều", "xã Mỹ Khánh, huyện Phong Điền",
			"Số: %d/TB-STNMT ngày 12 tháng 3 năm 20%d", "Số: %d/QĐ-UBND ngày 5 tháng 8 năm 20%d",
			"theo quy định của pháp luật về đất đai", "Sở Tài nguyên và Môi trường thành phố Cần Thơ",
			"đánh giá tác động môi trường của dự án", "xả nước thải vào nguồn nước sông Hậu",
			"bồi thường, hỗ trợ và tái định cư", "chuyển mục đích sử dụng đất trồng lúa sang đất ở",
			"công ty TNHH Thép Miền Tây" };

	private static final String[] QUERIES = { "thửa đất", "thua dat to ban do", "phường An Khánh", "phuong an khanh",
			"\"tác động môi trường\"", "thu hồi đất dự án", "nước thải sông Hậu -bồi", "so:977/TB-STNMT",
			"thua:125 to:12", "loai:ban-do an khanh", "tai dinh cu boi thuong", "Thép Miền Tây",
			"quy hoach su dung dat 2021", "chuyen muc dich dat lua", "nươc thai", "đất" };

	@DynamicPropertySource
	static void stores(DynamicPropertyRegistry registry) {
		TestStores.register(registry, "search-api");
	}

	@Autowired
	ElasticsearchClient client;

	@Autowired
	ArchiveIndex index;

	@Test
	void bothExecutionsGiveTheSameResultsFacetsAndPageHits() throws Exception {
		ArchiveEntries.index(this.client, this.index, archive());
		ArchiveSearch threeRequests = search(SearchProperties.Execution.THREE_REQUESTS);
		ArchiveSearch twoRequests = search(SearchProperties.Execution.TWO_REQUESTS);
		int compared = 0;
		for (String words : QUERIES) {
			for (SearchQuery query : List.of(new SearchQuery(words, 0, 10), new SearchQuery(words, 1, 5))) {
				SearchResults before = threeRequests.search(query);
				SearchResults after = twoRequests.search(query);
				assertThat(after).as(words).isEqualTo(before);
				compared += before.hits().size();
			}
		}
		// The comparison is worth something only if the searches find pages and facets.
		SearchResults broad = twoRequests.search(new SearchQuery("thửa đất", 0, 10));
		assertThat(broad.total()).isGreaterThan(20);
		assertThat(broad.hits()).allSatisfy((hit) -> assertThat(hit.matchingPages()).isPositive());
		assertThat(broad.hits()).anySatisfy((hit) -> assertThat(hit.pages()).hasSizeGreaterThan(1));
		assertThat(broad.hits()).allSatisfy((hit) -> assertThat(hit.snippet()).contains("<mark>"));
		assertThat(broad.facets().get(Facets.KIND)).hasSizeGreaterThan(1);
		assertThat(broad.facets().get(Facets.YEAR)).isNotEmpty();
		assertThat(compared).isGreaterThan(100);
	}

	@Test
	void aPageMatchesByWhatIsOnItNotByItsDocumentsTitle() throws Exception {
		String id = "5e4d%020d".formatted(1);
		String title = "Quyết định thu hồi đất dự án cảng cá";
		List<ArchiveEntry> pages = new ArrayList<>();
		String[] texts = { "Căn cứ Luật Tổ chức chính quyền địa phương", "Điều 1. Thu hồi đất tại phường Tân Phú",
				"Nơi nhận: như Điều 3; lưu VT" };
		for (int p = 1; p <= texts.length; p++) {
			pages.add(new PageEntry(id, id + "0".repeat(40), id + ".pdf", title, null, "application/pdf", 1,
					texts.length, p, texts[p - 1], "ocr", 90f, null, null, Instant.now(), 0, null));
		}
		ArchiveEntries.index(this.client, this.index, pages);
		for (SearchProperties.Execution execution : SearchProperties.Execution.values()) {
			SearchResults.Hit hit = search(execution).search(new SearchQuery("thu hồi đất", 0, 10))
				.hits()
				.stream()
				.filter((h) -> h.documentId().equals(id))
				.findFirst()
				.orElseThrow();
			// The title holds every word; only page 2 holds any of them.
			assertThat(hit.matchingPages()).as(execution.name()).isEqualTo(1);
			assertThat(hit.pages()).as(execution.name()).containsExactly(2);
			assertThat(hit.page()).isEqualTo(2);
			assertThat(hit.snippet()).contains("<mark>Thu hồi đất</mark>");
		}
	}

	private ArchiveSearch search(SearchProperties.Execution execution) {
		return new ArchiveSearch(this.client, this.index, new PersonalDataViews((event) -> {
		}), new SearchProperties(execution));
	}

	// Eighty documents of one to six pages: an opening that gives each its kind, then
	// phrases drawn at random with numbers that recur across documents.
	private static List<ArchiveEntry> archive() {
		IdentifierReader reader = new IdentifierReader(IdentifiersProperties.defaults());
		Random random = new Random(18);
		List<ArchiveEntry> entries = new ArrayList<>();
		for (int d = 0; d < 80; d++) {
			String id = "5e4c%020d".formatted(d);
			int pages = 1 + random.nextInt(6);
			String opening = OPENINGS[d % OPENINGS.length];
			for (int p = 1; p <= pages; p++) {
				StringBuilder text = new StringBuilder((p == 1) ? opening + "\n" : "");
				for (int s = 0; s < 12; s++) {
					String phrase = PHRASES[random.nextInt(PHRASES.length)];
					text.append(phrase.formatted(100 + random.nextInt(30) + (d % 3) * 850, 10 + random.nextInt(12)))
						.append((s % 4 == 3) ? ".\n" : ", ");
				}
				String page = text.toString();
				entries.add(new PageEntry(id, id + "0".repeat(40), id + ".pdf", opening.lines().findFirst().orElse(id),
						null, "application/pdf", 1, pages, p, page, "ocr", 60f + random.nextInt(40), null,
						reader.read(page), Instant.now(), 0, null));
			}
		}
		return entries;
	}

}
