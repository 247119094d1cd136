package vn.luutru.search;

import org.springframework.context.annotation.Import;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
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
 * Relevance measured on a labelled set: 20 documents of the department's kinds among 10
 * near misses (the same kinds of paper about something else) and 60 distractor pages
 * written in the same vocabulary, and 46 queries an officer would type (with and without
 * diacritics, with OCR-like slips, phrases, numbers and field filters), each with the one
 * document it is looking for. Recall@5 and nDCG@10 are computed through the API; the test
 * fails when either falls below what this build reaches.
 */
@Import(SignedIn.class)
// An index of its own: the other test classes' documents would change the term statistics
// the scores are made of, and with them the figures, from one test order to another.
@SpringBootTest(properties = "luutru.elasticsearch.index.alias=luutru-relevance")
@AutoConfigureMockMvc
class RelevanceIntegrationTests {

	private static final Logger log = LoggerFactory.getLogger(RelevanceIntegrationTests.class);

	private static final String[] DOCUMENTS = {
			"THÔNG BÁO\nKết quả thẩm định hồ sơ đề nghị thuê đất của Công ty Cổ phần Đầu tư Xây dựng Đà Nẵng tại thửa đất số 125, tờ bản đồ số 12, phường An Khánh. Số: 977/TB-STNMT",
			"BÁO CÁO\nĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG\ncủa Dự án Khu dân cư Hòa Xuân mở rộng, quy mô 45 ha, tại phường Hòa Xuân",
			"GIẤY PHÉP\nkhai thác, sử dụng nước dưới đất cho nhà máy chế biến thủy sản Cái Răng, lưu lượng 500 m3/ngày đêm",
			"GIẤY PHÉP\nxả nước thải vào nguồn nước sông Hậu của khu công nghiệp Trà Nóc, lưu lượng 2.000 m3/ngày đêm",
			"GIẤY PHÉP\nkhai thác khoáng sản cát xây dựng lòng sông Cổ Chiên, trữ lượng 120.000 m3",
			"BIÊN BẢN\nkiểm tra hiện trạng sử dụng đất của hộ ông Trần Văn Bình tại thửa đất số 88, tờ bản đồ số 7",
			"QUYẾT ĐỊNH\nvề việc thu hồi đất để thực hiện dự án nâng cấp đường Nguyễn Văn Cừ nối dài. Số: 1520/QĐ-UBND",
			"QUYẾT ĐỊNH\nphê duyệt phương án bồi thường, hỗ trợ và tái định cư dự án Khu đô thị Nam Cần Thơ",
			"GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT\nquyền sở hữu nhà ở và tài sản khác gắn liền với đất cấp cho bà Lê Thị Hoa",
			"BẢN ĐỒ ĐỊA CHÍNH\nTờ bản đồ số 21, xã Mỹ Khánh, huyện Phong Điền, tỷ lệ 1:2000",
			"CÔNG VĂN\nvề việc cung cấp thông tin quy hoạch sử dụng đất năm 2021 cho Văn phòng Đăng ký đất đai. Số: 2156/STNMT-VP",
			"BÁO CÁO\nkết quả quan trắc chất lượng không khí xung quanh quý III năm 2020 tại các khu công nghiệp",
			"KẾ HOẠCH\nsử dụng đất năm 2022 của quận Ninh Kiều đã được Ủy ban nhân dân thành phố phê duyệt",
			"TỜ TRÌNH\nđề nghị chuyển mục đích sử dụng đất trồng lúa sang đất ở tại phường Hưng Lợi",
			"GIẤY PHÉP MÔI TRƯỜNG\ncủa cơ sở sản xuất bao bì nhựa Tân Phú, thời hạn 7 năm",
			"BIÊN BẢN\nnghiệm thu công trình xử lý nước thải bệnh viện đa khoa thành phố",
			"THÔNG BÁO\nthu hồi giấy phép khai thác tài nguyên nước do vi phạm quy định về quan trắc",
			"QUYẾT ĐỊNH\nxử phạt vi phạm hành chính trong lĩnh vực bảo vệ môi trường đối với Công ty TNHH Thép Miền Tây",
			"BÁO CÁO\ncông tác quản lý chất thải rắn sinh hoạt trên địa bàn thành phố năm 2019",
			"THÔNG BÁO\nlịch tiếp công dân của Giám đốc Sở Tài nguyên và Môi trường tháng 11 năm 2019" };

	/** Query, and the index (in DOCUMENTS) of the document it looks for. */
	private static final Object[][] QUERIES = { { "thẩm định hồ sơ thuê đất", 0 }, { "tham dinh ho so thue dat", 0 },
			{ "977/TB-STNMT", 0 }, { "so:977/TB-STNMT", 0 }, { "thua:125 to:12", 0 },
			{ "đánh giá tác động môi trường Hòa Xuân", 1 }, { "danh gia tac dong moi truong hoa xuan", 1 },
			{ "\"tác động môi trường\" khu dân cư", 1 }, { "khai thác nước dưới đất", 2 },
			{ "khai thac nuoc duoi dat thuy san", 2 }, { "xả nước thải sông Hậu", 3 }, { "xa thai Tra Noc", 3 },
			{ "khai thác cát lòng sông", 4 }, { "khoang san cat Co Chien", 4 },
			{ "kiểm tra hiện trạng Trần Văn Bình", 5 }, { "bien ban kiem tra thua 88", 5 },
			{ "thu hồi đất đường Nguyễn Văn Cừ", 6 }, { "1520/QĐ-UBND", 6 },
			{ "bồi thường tái định cư Nam Cần Thơ", 7 }, { "boi thuong tai dinh cu", 7 },
			{ "giấy chứng nhận quyền sử dụng đất Lê Thị Hoa", 8 }, { "so do Le Thi Hoa", 8 },
			{ "bản đồ địa chính Mỹ Khánh", 9 }, { "loai:ban-do my khanh", 9 },
			{ "thông tin quy hoạch sử dụng đất 2021", 10 }, { "2156/STNMT-VP", 10 },
			{ "quan trắc không khí quý III", 11 }, { "quan trac khong khi khu cong nghiep", 11 },
			{ "kế hoạch sử dụng đất Ninh Kiều", 12 }, { "ke hoach su dung dat 2022", 12 },
			{ "chuyển mục đích đất trồng lúa", 13 }, { "chuyen muc dich dat lua Hung Loi", 13 },
			{ "giấy phép môi trường bao bì nhựa", 14 }, { "giay phep moi truong Tan Phu", 14 },
			{ "nghiệm thu xử lý nước thải bệnh viện", 15 }, { "nghiem thu nuoc thai benh vien", 15 },
			{ "thu hồi giấy phép tài nguyên nước", 16 }, { "xử phạt vi phạm hành chính môi trường Thép Miền Tây", 17 },
			{ "xu phat thep mien tay", 17 }, { "chất thải rắn sinh hoạt 2019", 18 }, { "chat thai ran sinh hoat", 18 },
			{ "lịch tiếp công dân", 19 }, { "lich tiep cong dan giam doc", 19 },
			// OCR slips: a tone mark read wrong, a letter read wrong.
			{ "khai thác nưóc dưới đất", 2 }, { "xu phat vi pham thep mien tsy", 17 },
			{ "quan trac chat luong khong khj", 11 } };

	/** Near misses: the same kinds of paper about something else. */
	private static final String[] NEAR_MISSES = {
			"THÔNG BÁO\nKết quả thẩm định hồ sơ đề nghị giao đất của Công ty TNHH Mekong tại thửa đất số 41, tờ bản đồ số 3. Số: 812/TB-STNMT",
			"BÁO CÁO\nĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG\ncủa Dự án Cảng cá Hòa Xuân giai đoạn 1",
			"GIẤY PHÉP\nkhai thác, sử dụng nước mặt sông Cần Thơ cho nhà máy nước Hưng Phú",
			"GIẤY PHÉP\nxả nước thải vào hệ thống thoát nước của khu dân cư Trà Nóc 2",
			"QUYẾT ĐỊNH\nvề việc thu hồi đất để mở rộng chợ Xuân Khánh. Số: 1521/QĐ-UBND",
			"BIÊN BẢN\nkiểm tra việc chấp hành pháp luật về môi trường của Công ty Thép Miền Nam",
			"BÁO CÁO\nkết quả quan trắc chất lượng nước mặt quý III năm 2020",
			"KẾ HOẠCH\nsử dụng đất năm 2022 của quận Cái Răng",
			"GIẤY PHÉP MÔI TRƯỜNG\ncủa nhà máy chế biến gỗ Tân Phú Thạnh",
			"THÔNG BÁO\nlịch tiếp công dân của Phó Giám đốc tháng 12 năm 2019" };

	private static final String[] VOCABULARY = { "Sở Tài nguyên và Môi trường", "Ủy ban nhân dân", "đất đai",
			"môi trường", "hồ sơ", "thửa đất", "tờ bản đồ", "quy định", "thực hiện", "kiểm tra", "báo cáo", "giấy phép",
			"nước", "công ty", "dự án", "phường", "quận", "thành phố Cần Thơ", "năm 2020",
			"theo quy định của pháp luật" };

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
	void recallAtFiveAndNdcgAtTenOnTheLabelledSet() throws Exception {
		IdentifierReader reader = new IdentifierReader(IdentifiersProperties.defaults());
		List<ArchiveEntry> entries = new ArrayList<>();
		for (int i = 0; i < DOCUMENTS.length; i++) {
			entries.add(page("7e1e7a%018d".formatted(i), DOCUMENTS[i], reader));
		}
		for (int i = 0; i < NEAR_MISSES.length; i++) {
			entries.add(page("7e1e7c%018d".formatted(i), NEAR_MISSES[i], reader));
		}
		Random random = new Random(44);
		for (int i = 0; i < 60; i++) {
			StringBuilder text = new StringBuilder();
			for (int w = 0; w < 40; w++) {
				text.append(VOCABULARY[random.nextInt(VOCABULARY.length)]).append(w % 7 == 6 ? ". " : ", ");
			}
			entries.add(page("7e1e7b%018d".formatted(i), text.toString(), reader));
		}
		ArchiveEntries.index(this.client, this.index, entries);

		int found = 0;
		double dcg = 0;
		for (Object[] labelled : QUERIES) {
			String wanted = "7e1e7a%018d".formatted((Integer) labelled[1]);
			List<String> ranked = ranked((String) labelled[0]).stream().filter((id) -> id.startsWith("7e1e7")).toList();
			int rank = ranked.indexOf(wanted) + 1;
			if (rank >= 1 && rank <= 5) {
				found++;
			}
			if (rank != 1) {
				log.info("Query '{}': the wanted document is at rank {}", labelled[0], (rank == 0) ? "none" : rank);
			}
			if (rank >= 1 && rank <= 10) {
				dcg += 1 / (Math.log(rank + 1) / Math.log(2));
			}
		}
		double recall = (double) found / QUERIES.length;
		double ndcg = dcg / QUERIES.length;
		log.info("Relevance on {} queries: recall@5 {}, nDCG@10 {}", QUERIES.length, String.format("%.3f", recall),
				String.format("%.3f", ndcg));
		assertThat(recall).isGreaterThanOrEqualTo(0.95);
		assertThat(ndcg).isGreaterThanOrEqualTo(0.90);
	}

	private List<String> ranked(String q) throws Exception {
		String body = this.mvc.perform(get("/api/search").param("q", q).param("size", "100"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return JsonPath.read(body, "$.hits[*].documentId");
	}

	private static ArchiveEntry page(String id, String text, IdentifierReader reader) {
		String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
		return new PageEntry(id, id + "0".repeat(40), id + ".pdf", "Văn bản", "application/pdf", 1, 1, 1, nfc, "ocr",
				85f, null, reader.read(nfc), Instant.now(), 0, null);
	}

}
