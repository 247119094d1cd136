package vn.luutru.bench;

import java.util.List;
import java.util.Random;

/**
 * Pages of administrative Vietnamese made up from the phrases the department's papers are
 * written in, with numbers, places and parcels varied, so that the generated archive has
 * a realistic spread of common and rare terms. Repeatable for a given seed.
 */
final class PageTexts {

	private static final List<String> PHRASES = List.of("Sở Tài nguyên và Môi trường", "Ủy ban nhân dân tỉnh",
			"Ủy ban nhân dân quận", "căn cứ Luật Đất đai năm 2013", "căn cứ Luật Bảo vệ môi trường năm 2020",
			"quyết định cho thuê đất", "giấy chứng nhận quyền sử dụng đất", "quyền sở hữu nhà ở và tài sản khác",
			"đánh giá tác động môi trường", "kế hoạch bảo vệ môi trường", "giấy phép khai thác nước dưới đất",
			"giấy phép xả thải vào nguồn nước", "giấy phép thăm dò khoáng sản", "khai thác cát sỏi lòng sông",
			"bồi thường, hỗ trợ và tái định cư", "giải phóng mặt bằng", "thu hồi đất", "chuyển mục đích sử dụng đất",
			"đất ở tại đô thị", "đất trồng lúa", "đất thương mại, dịch vụ", "đất rừng phòng hộ", "hồ sơ địa chính",
			"văn phòng đăng ký đất đai", "bộ phận một cửa", "trả kết quả giải quyết thủ tục hành chính",
			"quan trắc môi trường định kỳ", "chất thải rắn sinh hoạt", "nước thải công nghiệp", "khí thải lò hơi",
			"tiếng ồn và độ rung", "biên bản kiểm tra hiện trường", "thông báo kết quả thẩm định", "công văn đề nghị",
			"báo cáo tình hình thực hiện", "kế hoạch sử dụng đất năm", "quy hoạch sử dụng đất",
			"bản đồ hiện trạng sử dụng đất", "diện tích khu đất", "mục đích sử dụng", "thời hạn sử dụng",
			"nộp tiền thuê đất hằng năm", "Cục Thuế tỉnh", "Phòng Quản lý đất đai", "Chi cục Bảo vệ môi trường",
			"trong thời hạn 30 ngày", "kể từ ngày ký", "để biết và thực hiện", "đề nghị các đơn vị phối hợp",
			"chịu trách nhiệm trước pháp luật");

	private static final List<String> PLACES = List.of("phường An Khánh", "phường Xuân Khánh", "phường Hưng Lợi",
			"xã Mỹ Khánh", "phường Thạch Thang", "phường Hòa Xuân", "xã Hòa Vang", "thị trấn Phong Điền",
			"quận Ninh Kiều", "quận Cái Răng", "huyện Phong Điền", "thành phố Cần Thơ", "thành phố Đà Nẵng");

	private static final List<String> TITLES = List.of("Quyết định", "Thông báo", "Báo cáo", "Công văn", "Biên bản",
			"Giấy phép", "Tờ trình", "Kế hoạch");

	private final Random random;

	PageTexts(long seed) {
		this.random = new Random(seed);
	}

	String title() {
		return pick(TITLES) + " số " + (1 + this.random.nextInt(3000)) + " về " + pick(PHRASES).toLowerCase();
	}

	/** About 180 words of running text. */
	String page() {
		StringBuilder text = new StringBuilder(1400);
		while (text.length() < 1200) {
			switch (this.random.nextInt(6)) {
				case 0 -> text.append("thửa đất số ")
					.append(1 + this.random.nextInt(900))
					.append(", tờ bản đồ số ")
					.append(1 + this.random.nextInt(60))
					.append(", ")
					.append(pick(PLACES));
				case 1 -> text.append("diện tích ")
					.append(String.format("%,d", 100 + this.random.nextInt(50_000)).replace(',', '.'))
					.append(" m²");
				case 2 -> text.append("số ")
					.append(1 + this.random.nextInt(3000))
					.append("/")
					.append(pick(List.of("QĐ-UBND", "TB-STNMT", "BC-STNMT", "STNMT-VP", "GP-UBND")));
				default -> text.append(pick(PHRASES));
			}
			text.append(this.random.nextInt(4) == 0 ? ". " : ", ");
		}
		return text.toString();
	}

	private String pick(List<String> options) {
		return options.get(this.random.nextInt(options.size()));
	}

}
