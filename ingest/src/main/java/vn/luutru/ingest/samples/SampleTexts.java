package vn.luutru.ingest.samples;

import java.util.List;

/**
 * The words on the sample papers: the kinds of paper the department holds, with the
 * identifiers officers search for (document numbers, parcels, map sheets, place-date
 * lines, Vietnamese number formats).
 */
final class SampleTexts {

	private SampleTexts() {
	}

	static final List<String> NOTICE_PAGE_1 = List.of("ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
			"SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "#CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "#Độc lập - Tự do - Hạnh phúc",
			"Số: 977/TB-STNMT", "Cần Thơ, ngày 25 tháng 10 năm 2019", "#THÔNG BÁO",
			"#Về việc kết quả kiểm tra hồ sơ giao đất tại phường An Khánh",
			"Sở Tài nguyên và Môi trường thông báo kết quả kiểm tra hồ sơ của hộ ông Nguyễn Văn Bình đối với "
					+ "thửa đất số 125, tờ bản đồ số 12, phường An Khánh, quận Ninh Kiều.",
			"Diện tích thửa đất là 1.494 m2, trong đó đất ở chiếm 81,5% tổng diện tích.",
			"Hồ sơ đã được chuyển đến Văn phòng đăng ký đất đai để cập nhật biến động và gửi bản sao đến "
					+ "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG THÀNH PHỐ ĐÀ NẴNG để phối hợp.");

	static final List<String> NOTICE_PAGE_2 = List.of(
			"Đề nghị các cơ quan, đơn vị liên quan phối hợp thực hiện đúng thời hạn quy định.",
			"Nơi nhận: Như trên; Lưu: VT, VPĐKĐĐ.", "#KT. GIÁM ĐỐC", "#PHÓ GIÁM ĐỐC", "#Trần Thị Mai");

	static final List<List<String>> REPORT = List
		.of(List.of("#BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG", "#Dự án nhà máy xử lý nước thải khu công nghiệp Trà Nóc",
				"Chủ dự án: Công ty TNHH Môi trường Xanh Cần Thơ.",
				"Báo cáo được lập theo quy định của Luật Bảo vệ môi trường năm 2020 và Nghị định số 08/2022/NĐ-CP."),
				List.of("#Chương 2. ĐIỀU KIỆN TỰ NHIÊN",
						"Hiện trạng tài nguyên nước mặt tại khu vực dự án được quan trắc vào tháng 3 năm 2021.",
						"Lưu lượng nước thải dự kiến là 2.500 m3 mỗi ngày đêm; hiệu suất xử lý đạt 92,5%."),
				List.of("#Chương 3. KẾT LUẬN VÀ CAM KẾT",
						"Chủ dự án cam kết thực hiện đầy đủ các nội dung của giấy phép môi trường được cấp.",
						"Báo cáo gồm 3 chương và các phụ lục bản đồ kèm theo."));

	static final List<String> DECISION = List.of("ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
			"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 1234/QĐ-STNMT",
			"Đà Nẵng, ngày 12 tháng 3 năm 2021", "QUYẾT ĐỊNH",
			"Về việc cấp giấy phép môi trường cho dự án khu dân cư Hòa Xuân", "GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
			"Căn cứ Luật Bảo vệ môi trường ngày 17 tháng 11 năm 2020;",
			"Theo đề nghị của Chi cục trưởng Chi cục Bảo vệ môi trường,", "QUYẾT ĐỊNH:",
			"Điều 1. Cấp giấy phép môi trường cho Công ty Cổ phần Đầu tư Hòa Xuân tại phường Hòa Xuân, quận Cẩm Lệ.",
			"Điều 2. Quyết định này có hiệu lực kể từ ngày ký.");

	static final List<String> LETTER = List.of("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI",
			"Số: 1234/STNMT-VP", "#V/v cung cấp bản đồ địa chính tờ số 12",
			"Kính gửi: Ủy ban nhân dân phường An Khánh.",
			"Văn phòng đăng ký đất đai đề nghị cung cấp bản sao bản đồ địa chính tờ bản đồ số 12 để phục vụ công tác "
					+ "cấp giấy chứng nhận quyền sử dụng đất.");

	static final List<String> MINUTES = List.of("#BIÊN BẢN", "#Kiểm tra hiện trạng sử dụng đất",
			"Hôm nay, ngày 5 tháng 6 năm 2018, tại xã Mỹ Khánh, huyện Phong Điền, đoàn kiểm tra gồm:",
			"Ông Lê Văn Hùng, cán bộ địa chính xã; bà Phạm Thị Lan, đại diện hộ sử dụng đất.",
			"Kết quả: thửa đất số 88, tờ bản đồ số 7 đang được sử dụng đúng mục đích trồng cây lâu năm.");

	static final List<String> MAP = List.of("BẢN ĐỒ ĐỊA CHÍNH", "TỜ BẢN ĐỒ SỐ 12",
			"PHƯỜNG AN KHÁNH - QUẬN NINH KIỀU - THÀNH PHỐ CẦN THƠ", "Tỉ lệ 1:1000");

}
