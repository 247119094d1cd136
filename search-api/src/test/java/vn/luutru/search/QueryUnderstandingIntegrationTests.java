package vn.luutru.search;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.luutru.archive.identifiers.DocumentTitle;
import vn.luutru.archive.identifiers.IdentifierReader;
import vn.luutru.archive.identifiers.IdentifiersProperties;
import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.index.ArchiveIndex;
import vn.luutru.archive.index.PageEntry;
import vn.luutru.archive.support.TestStores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each rule of query understanding, through {@code GET /api/search}, on a few twins that
 * only it tells apart: a sheet named in free text, a number without its symbol, a
 * number's own paper against one citing it, a parcel, a date, the words on one line
 * against the same words scattered, and the subject in the results.
 */
@Import(SignedIn.class)
@SpringBootTest(properties = "luutru.elasticsearch.index.alias=luutru-query-understanding")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryUnderstandingIntegrationTests {

	private static final String GRID = "12 45 7 301 88 19 4 220 5 6\n77 18 9 102 33 41 125 60 2 14\n";

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

	@BeforeAll
	void index() throws Exception {
		IdentifierReader reader = new IdentifierReader(IdentifiersProperties.defaults());
		List<ArchiveEntry> entries = new ArrayList<>();
		for (int sheet = 11; sheet <= 13; sheet++) {
			for (String ward : List.of("An Khánh", "Xuân Khánh")) {
				String id = "map-" + sheet + "-" + (ward.startsWith("An") ? "ak" : "xk");
				entries.add(page(id, "BẢN ĐỒ ĐỊA CHÍNH\nTờ bản đồ số " + sheet + "\nPhường " + ward
						+ ", quận Ninh Kiều\nTỷ lệ 1:1000\n" + GRID, reader));
			}
		}
		entries.add(page("notice-977", """
				SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG
				Số: 977/TB-STNMT
				Cần Thơ, ngày 25 tháng 10 năm 2019
				THÔNG BÁO
				Kết quả thẩm định hồ sơ đề nghị thuê đất
				Căn cứ hồ sơ của Công ty Mekong, thuê 26 m2 trong 10 năm.""", reader));
		entries.add(page("notice-978", """
				SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG
				Số: 978/TB-STNMT
				Cần Thơ, ngày 26 tháng 10 năm 2019
				THÔNG BÁO
				Kết quả thẩm định hồ sơ đề nghị thuê đất
				Căn cứ hồ sơ của Công ty Tây Đô.""", reader));
		entries.add(page("letter-2156", """
				SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG
				Số: 2156/STNMT-VP
				V/v cung cấp bản đồ tờ bản đồ số 12 phường An Khánh
				Kính gửi: Văn phòng Đăng ký đất đai
				Thực hiện Thông báo số 977/TB-STNMT ngày 25 tháng 10 năm 2019 của Sở, đề nghị gửi bản đồ
				địa chính tờ bản đồ số 12 phường An Khánh và hồ sơ thửa đất số 88, tờ bản đồ số 12.""", reader));
		// The same words, as many of each: only how close they stand tells the two apart.
		// The scattered one is indexed first, so that a tie would rank it first.
		String filler = "thành phần gồm đại diện các phòng chuyên môn của ủy ban";
		entries.add(page("scattered",
				"Biên bản họp\nkiểm tra " + filler + " hiện trạng sử dụng " + filler + " đất tại phường Hưng Lợi",
				reader));
		entries.add(page("one-line",
				"Biên bản họp\nkiểm tra hiện trạng sử dụng đất tại phường Hưng Lợi\n" + filler + " " + filler, reader));
		ArchiveEntries.index(this.client, this.index, entries);
	}

	@Test
	void aSheetAndWardInFreeTextRankThatSheetAboveTheLetterAndTheOtherWard() throws Exception {
		assertThat(ranked("tờ bản đồ số 12 phường An Khánh")).startsWith("map-12-ak");
		assertThat(ranked("to ban do so 12 an khanh")).startsWith("map-12-ak");
		assertThat(ranked("bản đồ địa chính Xuân Khánh tờ 13")).startsWith("map-13-xk");
	}

	@Test
	void aNumberWithoutItsSymbolFindsItsPaperFirst() throws Exception {
		assertThat(ranked("thong bao 977")).startsWith("notice-977");
		assertThat(ranked("thông báo 978")).startsWith("notice-978");
	}

	@Test
	void aPaperCarryingTheNumberRanksAboveOneCitingIt() throws Exception {
		List<String> ranked = ranked("thông báo số 977/TB-STNMT");

		assertThat(ranked).startsWith("notice-977").contains("letter-2156");
	}

	@Test
	void aParcelOnItsSheetFindsTheSheetItIsDrawnOnAndTheLetterNamingIt() throws Exception {
		// Parcel 88 is in every sheet's grid: sheet 12's, of both wards, and the letter.
		assertThat(ranked("thửa 88 tờ 12")).containsExactlyInAnyOrder("map-12-ak", "map-12-xk", "letter-2156");
	}

	@Test
	void aDateInFreeTextTellsTheSeriesApart() throws Exception {
		// Both notices hold 26, 10 and 2019; one is dated 26/10/2019.
		assertThat(ranked("thông báo thẩm định ngày 26/10/2019")).startsWith("notice-978");
	}

	@Test
	void wordsOnOneLineRankAboveTheSameWordsScattered() throws Exception {
		// Not the typed phrase (words left out): the words near one another.
		assertThat(ranked("kiểm tra hiện trạng đất Hưng Lợi")).startsWith("one-line", "scattered");
	}

	@Test
	void hitsCarryTheirSubject() throws Exception {
		String body = search("thong bao 977");
		assertThat(JsonPath.<String>read(body, "$.hits[0].subject"))
			.isEqualTo("Kết quả thẩm định hồ sơ đề nghị thuê đất");
		assertThat(JsonPath.<String>read(body, "$.hits[0].title"))
			.isEqualTo("THÔNG BÁO 977/TB-STNMT: Kết quả thẩm định hồ sơ đề nghị thuê đất");
	}

	private List<String> ranked(String q) throws Exception {
		return JsonPath.read(search(q), "$.hits[*].documentId");
	}

	private String search(String q) throws Exception {
		return this.mvc.perform(get("/api/search").param("q", q).param("size", "10"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static ArchiveEntry page(String id, String text, IdentifierReader reader) {
		// As ingestion titles a paper: its type, number and subject, else its first line.
		String title = DocumentTitle.read(text).map(DocumentTitle::title).orElse(text.lines().findFirst().orElse(id));
		String subject = DocumentTitle.read(text).map(DocumentTitle::subject).orElse(null);
		return new PageEntry(id, id + "0".repeat(40), id + ".pdf", title, subject, "application/pdf", 1, 1, 1, text,
				"ocr", 85f, null, reader.read(text), Instant.now(), 0, null);
	}

}
