package vn.luutru.search;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.luutru.archive.identifiers.IdentifierReader;
import vn.luutru.archive.identifiers.IdentifiersProperties;
import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.index.PageEntry;
import vn.luutru.archive.index.ArchiveIndex;
import vn.luutru.archive.support.TestStores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Relevance for the archive's long papers: six reports of 120 pages (environmental impact
 * assessments, land-use plans, a compensation file), each with the passage an officer is
 * after on one page among pages of the same administrative vocabulary, against 20
 * one-page papers that use the passages' words in other combinations and 20 that are all
 * vocabulary; and queries for those one-page papers, which the reports must not push
 * down. A document entry holds all its pages' text, so a 120-page report is scored as one
 * long text: this measures whether it is still found, and first, for a passage on one of
 * its pages, and whether the result opens it at that page. Fails below what this build
 * reaches.
 */
@Import(SignedIn.class)
// An index of its own, so that neither this set nor the other tests' change the other's
// term statistics.
@SpringBootTest(properties = "luutru.elasticsearch.index.alias=luutru-relevance-long")
@AutoConfigureMockMvc
class LongDocumentRelevanceIntegrationTests {

	private static final Logger log = LoggerFactory.getLogger(LongDocumentRelevanceIntegrationTests.class);

	private static final int PAGES = 120;

	private static final int REPORTS_FIRST = 11;

	private static final int PAPERS_FIRST = 14;

	/** Each report's title, the page its passage is on, and the passage. */
	private static final Object[][] REPORTS = { { "Báo cáo đánh giá tác động môi trường nhà máy giấy Lee & Man", 57,
			"Hệ thống xử lý nước thải công suất 50.000 m3/ngày đêm của nhà máy giấy Lee & Man đặt tại xã Phú Hữu A, nước thải sau xử lý đạt cột A" },
			{ "Báo cáo đánh giá tác động môi trường khu công nghiệp Vĩnh Thạnh", 33,
					"Kết quả phân tích mẫu nước tại giếng khoan quan trắc GK3 cho thấy hàm lượng asen vượt quy chuẩn kỹ thuật quốc gia 1,8 lần" },
			{ "Quy hoạch sử dụng đất đến năm 2030 huyện Thới Lai", 88,
					"Chuyển 312 ha đất trồng lúa kém hiệu quả sang đất nuôi trồng thủy sản tại xã Trường Thắng" },
			{ "Báo cáo hiện trạng môi trường giai đoạn 2016-2020", 101,
					"Sạt lở bờ sông Ô Môn tại khu vực phường Thới An làm mất 1.200 m2 đất ở của 17 hộ dân" },
			{ "Hồ sơ thu hồi đất dự án đường Vành đai phía Tây", 12,
					"Danh sách 214 hộ dân bị ảnh hưởng bởi dự án tại phường Long Tuyền được niêm yết công khai tại trụ sở" },
			{ "Báo cáo quan trắc môi trường định kỳ năm 2021", 70,
					"Độ ồn đo được tại cổng cảng Cái Cui vào giờ cao điểm vượt giới hạn cho phép 6 dBA" } };

	/** Query, and the report (in REPORTS) it looks for. */
	private static final Object[][] QUERIES = { { "xử lý nước thải nhà máy giấy Lee & Man", 0 },
			{ "xu ly nuoc thai Lee Man", 0 }, { "nước thải Phú Hữu A", 0 }, { "asen giếng khoan GK3", 1 },
			{ "asen gieng khoan quan trac", 1 }, { "hàm lượng asen vượt quy chuẩn", 1 },
			{ "đất trồng lúa sang nuôi trồng thủy sản Trường Thắng", 2 }, { "chuyen dat lua sang thuy san", 2 },
			{ "sạt lở bờ sông Ô Môn", 3 }, { "sat lo bo song o mon thoi an", 3 }, { "214 hộ dân Long Tuyền", 4 },
			{ "ho dan bi anh huong long tuyen", 4 }, { "độ ồn cảng Cái Cui", 5 }, { "do on vuot gioi han cang", 5 },
			// An OCR slip in the query, as officers copy words from a poor scan.
			{ "sat lò bờ sông ô môn", 3 } };

	/**
	 * Query, and the one-page paper (in NEAR_MISSES) it looks for: the other side of the
	 * scale, where the long reports, holding most words somewhere, must not push the
	 * short paper that is about them down.
	 */
	private static final Object[][] SHORT_QUERIES = { { "kiểm tra hệ thống xử lý nước thải nhà máy bia", 0 },
			{ "xả nước thải chế biến thủy sản Phú Hữu", 1 }, { "quan trắc nước dưới đất giếng khoan GK1 Trà Nóc", 2 },
			{ "chuyển mục đích đất trồng lúa sang đất ở Trường Thành", 4 }, { "sạt lở bờ sông Hậu Thới An Đông", 6 },
			{ "niem yet phuong an boi thuong long tuyen", 9 }, { "đo độ ồn cảng Hoàng Diệu", 10 },
			{ "asen nuoc mat song can tho", 12 }, { "nâng công suất xử lý nước thải Hưng Phú", 13 },
			{ "giấy phép môi trường nhà máy giấy Sài Gòn Mekong", 16 },
			// Words the reports hold hundreds of times, beside one or two they do not.
			{ "kết quả quan trắc nước dưới đất", 2 }, { "thông báo lịch quan trắc môi trường", 15 },
			{ "kết quả đo độ ồn khu dân cư", 10 }, { "danh sách hộ dân nhận bồi thường", 8 } };

	/** One-page papers using the passages' words in other combinations. */
	private static final String[] NEAR_MISSES = {
			"Công văn về việc kiểm tra hệ thống xử lý nước thải của nhà máy bia Sài Gòn - Cần Thơ",
			"Giấy phép xả nước thải vào nguồn nước của nhà máy chế biến thủy sản Phú Hữu",
			"Thông báo kết quả quan trắc nước dưới đất tại giếng khoan GK1 của nhà máy nước Trà Nóc",
			"Biên bản lấy mẫu nước giếng khoan hộ gia đình xã Trường Xuân, chỉ tiêu sắt và mangan",
			"Quyết định cho phép chuyển mục đích sử dụng đất trồng lúa sang đất ở tại xã Trường Thành",
			"Tờ trình giao đất nuôi trồng thủy sản cho hợp tác xã Thới Lai",
			"Thông báo sạt lở bờ sông Hậu tại phường Thới An Đông, di dời 5 hộ dân",
			"Báo cáo khắc phục sạt lở kênh Ô Môn đoạn qua xã Thới Thạnh",
			"Danh sách hộ dân nhận tiền bồi thường dự án khu tái định cư phường Long Hòa",
			"Thông báo niêm yết công khai phương án bồi thường tại phường Long Tuyền, dự án kè sông",
			"Kết quả đo độ ồn tại khu dân cư cạnh cảng Hoàng Diệu", "Biên bản kiểm tra tiếng ồn cơ sở cưa gỗ Cái Răng",
			"Báo cáo hàm lượng asen trong nước mặt sông Cần Thơ vẫn dưới quy chuẩn",
			"Công văn đề nghị nâng công suất hệ thống xử lý nước thải khu công nghiệp Hưng Phú",
			"Quyết định phê duyệt quy hoạch sử dụng đất huyện Cờ Đỏ", "Thông báo lịch quan trắc môi trường quý II",
			"Giấy phép môi trường của nhà máy giấy Sài Gòn Mekong", "Biên bản kiểm tra cảng cá Cái Cui",
			"Quyết định thu hồi đất dự án đường Vành đai phía Tây đoạn qua phường Long Hòa",
			"Báo cáo tình hình sạt lở bờ sông năm 2020 trên địa bàn thành phố" };

	private static final String[] VOCABULARY = { "dự án", "môi trường", "nước thải", "khu vực", "chất lượng",
			"quan trắc", "kết quả", "đất", "hộ dân", "phường", "quy chuẩn", "xử lý", "nhà máy", "giới hạn", "sông",
			"bồi thường", "diện tích", "ha", "theo quy định", "Ủy ban nhân dân", "Sở Tài nguyên và Môi trường",
			"thực hiện", "đánh giá", "biện pháp", "giảm thiểu", "tác động", "thủy sản", "lúa", "giếng", "mẫu" };

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

	@Test
	void longReportsComeFirstAndOpenAtThePassage() throws Exception {
		IdentifierReader reader = new IdentifierReader(IdentifiersProperties.defaults());
		Random random = new Random(45);
		List<ArchiveEntry> entries = new ArrayList<>();
		for (int r = 0; r < REPORTS.length; r++) {
			for (int p = 1; p <= PAGES; p++) {
				String text = (p == (Integer) REPORTS[r][1])
						? filler(random, 60) + ". " + REPORTS[r][2] + ". " + filler(random, 60) : filler(random, 150);
				entries.add(page(report(r), (String) REPORTS[r][0], PAGES, p, text, reader));
			}
		}
		for (int i = 0; i < NEAR_MISSES.length; i++) {
			entries.add(page(paper(i), "Văn bản", 1, 1, NEAR_MISSES[i], reader));
			// A near miss's words also turn up on one-page papers about anything.
			entries.add(page("1e9d%020d".formatted(i), "Văn bản", 1, 1, filler(random, 150), reader));
		}
		ArchiveEntries.index(this.client, this.index, entries);

		Scores reports = score(QUERIES, LongDocumentRelevanceIntegrationTests::report, true);
		Scores papers = score(SHORT_QUERIES, LongDocumentRelevanceIntegrationTests::paper, false);
		log.info("Long reports on {} queries: {}", QUERIES.length, reports);
		log.info("One-page papers beside them on {} queries: {}", SHORT_QUERIES.length, papers);
		assertThat(reports.recall()).isGreaterThanOrEqualTo(0.95);
		assertThat(reports.openedAtPassage()).isEqualTo(reports.found());
		assertThat(papers.recall()).isGreaterThanOrEqualTo(0.95);
		// What this build reaches, so that neither side gets worse unseen.
		assertThat(reports.first()).isGreaterThanOrEqualTo(REPORTS_FIRST);
		assertThat(papers.first()).isGreaterThanOrEqualTo(PAPERS_FIRST);
	}

	private Scores score(Object[][] queries, IntFunction<String> id, boolean reports) throws Exception {
		int found = 0;
		int first = 0;
		int openedAtPassage = 0;
		double dcg = 0;
		for (Object[] labelled : queries) {
			int wanted = (Integer) labelled[1];
			String body = this.mvc.perform(get("/api/search").param("q", (String) labelled[0]).param("size", "10"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			List<String> ranked = JsonPath.read(body, "$.hits[*].documentId");
			int rank = ranked.indexOf(id.apply(wanted)) + 1;
			if (rank >= 1 && rank <= 5) {
				found++;
				Integer page = JsonPath.read(body, "$.hits[" + (rank - 1) + "].page");
				if (!reports || REPORTS[wanted][1].equals(page)) {
					openedAtPassage++;
				}
			}
			if (rank >= 1) {
				dcg += 1 / (Math.log(rank + 1) / Math.log(2));
			}
			if (rank == 1) {
				first++;
			}
			else {
				log.info("Query '{}': the wanted document is at rank {}", labelled[0], (rank == 0) ? "none" : rank);
			}
		}
		return new Scores(queries.length, found, first, openedAtPassage, dcg / queries.length);
	}

	record Scores(int queries, int found, int first, int openedAtPassage, double ndcg) {

		double recall() {
			return (double) this.found / this.queries;
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT,
					"recall@5 %.3f, nDCG@10 %.3f, first %d, opened at the right page %d of %d", recall(), this.ndcg,
					this.first, this.openedAtPassage, this.found);
		}

	}

	private static String report(int r) {
		return "1e9a%020d".formatted(r);
	}

	private static String paper(int p) {
		return "1e9c%020d".formatted(p);
	}

	private static String filler(Random random, int words) {
		StringBuilder text = new StringBuilder();
		for (int w = 0; w < words; w++) {
			text.append(VOCABULARY[random.nextInt(VOCABULARY.length)]).append((w % 9 == 8) ? ". " : " ");
		}
		return text.toString().strip();
	}

	private static ArchiveEntry page(String id, String title, int pages, int page, String text,
			IdentifierReader reader) {
		String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
		return new PageEntry(id, id + "0".repeat(40), id + ".pdf", title, "application/pdf", 1, pages, page, nfc, "ocr",
				85f, null, reader.read(nfc), Instant.now(), 0, null);
	}

}
