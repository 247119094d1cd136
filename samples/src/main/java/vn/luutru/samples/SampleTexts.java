package vn.luutru.samples;

import static vn.luutru.samples.Paragraph.body;
import static vn.luutru.samples.Paragraph.centered;
import static vn.luutru.samples.Paragraph.left;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.luutru.samples.SamplePage.Section;

/**
 * The source text of the sample papers, laid out as Decree 30/2020/NĐ-CP prescribes.
 * Names, numbers and identity numbers are invented.
 */
final class SampleTexts {

	private static final String MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

	private static final String COMPANY = "Công ty Cổ phần Đầu tư Xây dựng Đà Nẵng";

	private SampleTexts() {
	}

	/** Thông báo 977/TB-STNMT: two pages, scanned. */
	static List<SamplePage> notice() {
		return List.of(SamplePage.of(
				header("UBND THÀNH PHỐ CẦN THƠ", "Số: 977/TB-STNMT", "Cần Thơ, ngày 25 tháng 10 năm 2019"),
				Section.body(centered(Style.TITLE, "THÔNG BÁO").after(14),
						centered(Style.BOLD, "Kết quả thẩm định hồ sơ đề nghị thuê đất"),
						centered(Style.REGULAR, "Kính gửi: CÔNG TY CỔ PHẦN ĐẦU TƯ XÂY DỰNG ĐÀ NẴNG").after(12),
						body("Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;").after(12),
						body("Căn cứ Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ quy định chi tiết "
								+ "thi hành một số điều của Luật Đất đai;"),
						body("Xét hồ sơ đề nghị thuê đất của " + COMPANY + " nộp tại Bộ phận Một cửa ngày 02 tháng 10 "
								+ "năm 2019, mã hồ sơ 000.00.12.H13-191002-0015;"),
						body("Sở Tài nguyên và Môi trường thông báo kết quả thẩm định hồ sơ đối với khu đất tại thửa đất "
								+ "số 125, tờ bản đồ số 12, phường An Khánh, quận Ninh Kiều, thành phố Cần Thơ như sau:"),
						body("1. Diện tích khu đất đề nghị thuê là 1.494 m²; mục đích sử dụng: đất thương mại, dịch vụ; "
								+ "thời hạn thuê 50 năm kể từ ngày ký quyết định cho thuê đất."),
						body("2. Diện tích đã hoàn thành bồi thường, giải phóng mặt bằng đạt 81,5% tổng diện tích khu "
								+ "đất; phần còn lại do Ủy ban nhân dân quận Ninh Kiều tiếp tục thực hiện."),
						body("3. Hồ sơ đủ điều kiện trình Ủy ban nhân dân thành phố Cần Thơ xem xét, quyết định cho "
								+ "thuê đất."))),
				SamplePage.of(Section.body(body(
						"4. Công ty có trách nhiệm nộp tiền thuê đất theo thông báo của Cục Thuế thành phố và thực "
								+ "hiện đăng ký đất đai tại Văn phòng Đăng ký đất đai thành phố Cần Thơ trong thời hạn "
								+ "30 ngày."),
						body("5. Trường hợp có vướng mắc, đề nghị liên hệ Phòng Quản lý đất đai, Sở Tài nguyên và Môi "
								+ "trường, số điện thoại 0292 3820 977 để được hướng dẫn."),
						body("Sở Tài nguyên và Môi trường thông báo để Công ty biết và thực hiện./.")),
						signature(
								List.of("- Như trên;", "- UBND thành phố (để báo cáo);", "- UBND quận Ninh Kiều;",
										"- Cục Thuế thành phố;", "- Lưu: VT, QLĐĐ."),
								"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Thành")));
	}

	/** Báo cáo ĐTM: a cover and two chapter pages, scanned to TIFF. */
	static List<SamplePage> report() {
		return List.of(
				SamplePage
					.of(Section.body(centered(Style.BOLD, "CÔNG TY CỔ PHẦN ĐẦU TƯ XÂY DỰNG ĐÀ NẴNG").after(40),
							centered(Style.TITLE, "BÁO CÁO").after(160),
							centered(Style.TITLE, "ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG"),
							centered(Style.BOLD, "của Dự án Khu dân cư Hòa Xuân mở rộng").after(12),
							centered(Style.REGULAR, "Địa điểm: phường Hòa Xuân, quận Cẩm Lệ, thành phố Đà Nẵng")
								.after(60),
							centered(Style.ITALIC, "Đà Nẵng, tháng 6 năm 2020").after(260))),
				SamplePage.of(Section.body(left(Style.BOLD, "CHƯƠNG 2. ĐIỀU KIỆN TỰ NHIÊN, KINH TẾ - XÃ HỘI"),
						left(Style.BOLD, "2.1. Hiện trạng tài nguyên nước").after(10),
						body("Khu vực dự án nằm ở hạ lưu sông Cẩm Lệ, cách bờ sông khoảng 350 m. Nguồn tài nguyên nước "
								+ "mặt của khu vực chủ yếu là sông Cẩm Lệ và hệ thống kênh tiêu nội đồng; lưu lượng "
								+ "trung bình mùa kiệt khoảng 42,6 m³/s."),
						body("Kết quả quan trắc tại 3 vị trí trong tháng 4 năm 2020 cho thấy các chỉ tiêu pH, BOD5, COD "
								+ "và tổng chất rắn lơ lửng đều nằm trong giới hạn cho phép của QCVN 08-MT:2015/BTNMT, "
								+ "cột B1."),
						body("Nước dưới đất được khai thác qua 12 giếng khoan của hộ gia đình với độ sâu từ 15 m đến "
								+ "40 m; dự án không khai thác nước dưới đất mà sử dụng nước máy của Công ty Cổ phần Cấp "
								+ "nước Đà Nẵng."),
						left(Style.BOLD, "2.2. Hiện trạng môi trường không khí").after(10),
						body("Nồng độ bụi lơ lửng trung bình đo được là 0,21 mg/m³, thấp hơn giới hạn 0,3 mg/m³ của "
								+ "QCVN 05:2013/BTNMT."))),
				SamplePage.of(Section.body(left(Style.BOLD, "CHƯƠNG 5. CHƯƠNG TRÌNH QUẢN LÝ VÀ GIÁM SÁT MÔI TRƯỜNG"),
						left(Style.BOLD, "5.1. Chương trình quản lý môi trường").after(10),
						body("Chủ dự án bố trí cán bộ chuyên trách về môi trường, xây dựng trạm xử lý nước thải tập "
								+ "trung công suất 850 m³/ngày đêm và hệ thống thu gom chất thải rắn sinh hoạt."),
						body("Trước khi vận hành thử nghiệm các công trình xử lý chất thải, Chủ dự án phải lập hồ sơ đề "
								+ "nghị cấp giấy phép môi trường theo quy định của Luật Bảo vệ môi trường năm 2020 và "
								+ "gửi Sở Tài nguyên và Môi trường thành phố Đà Nẵng."),
						left(Style.BOLD, "5.2. Chương trình giám sát môi trường").after(10),
						body("Giám sát nước thải sau xử lý với tần suất 3 tháng một lần tại cửa xả vào hệ thống thoát "
								+ "nước chung của thành phố; các thông số giám sát gồm pH, BOD5, TSS, amoni, nitrat, "
								+ "phosphat và tổng coliform."))));
	}

	/** Quyết định 1234/QĐ-STNMT: two born-digital pages. */
	static List<SamplePage> decision() {
		return List.of(
				SamplePage.of(
						header("UBND THÀNH PHỐ ĐÀ NẴNG", "Số: 1234/QĐ-STNMT", "Đà Nẵng, ngày 12 tháng 3 năm 2021"),
						Section.body(centered(Style.TITLE, "QUYẾT ĐỊNH").after(14),
								centered(
										Style.BOLD,
										"Về việc phê duyệt kết quả thẩm định báo cáo đánh giá tác động môi "
												+ "trường của Dự án Khu dân cư Hòa Xuân mở rộng"),
								centered(Style.BOLD, "GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG").after(12),
								body("Căn cứ Luật Bảo vệ môi trường ngày 23 tháng 6 năm 2014;").after(12),
								body("Căn cứ Nghị định số 40/2019/NĐ-CP ngày 13 tháng 5 năm 2019 của Chính phủ sửa đổi, bổ "
										+ "sung một số điều của các nghị định quy định chi tiết, hướng dẫn thi hành Luật Bảo vệ "
										+ "môi trường;"),
								body("Căn cứ Quyết định số 15/2020/QĐ-UBND ngày 08 tháng 6 năm 2020 của Ủy ban nhân dân thành "
										+ "phố Đà Nẵng ban hành quy định chức năng, nhiệm vụ, quyền hạn của Sở Tài nguyên và Môi "
										+ "trường;"),
								body("Theo đề nghị của Chi cục trưởng Chi cục Bảo vệ môi trường,"),
								centered(Style.BOLD, "QUYẾT ĐỊNH:").after(10),
								body("Điều 1. Phê duyệt kết quả thẩm định báo cáo đánh giá tác động môi trường của Dự án Khu "
										+ "dân cư Hòa Xuân mở rộng (sau đây gọi là Dự án) của " + COMPANY
										+ ", thực hiện tại "
										+ "phường Hòa Xuân, quận Cẩm Lệ, thành phố Đà Nẵng, với quy mô 24,5 ha."))),
				SamplePage.of(Section.body(body(
						"Điều 2. Chủ dự án có trách nhiệm thực hiện đúng các nội dung của báo cáo đã được phê duyệt "
								+ "và lập hồ sơ đề nghị cấp giấy phép môi trường trước khi vận hành thử nghiệm các công "
								+ "trình xử lý chất thải."),
						body("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Chi cục trưởng Chi "
								+ "cục Bảo vệ môi trường, Chủ tịch Ủy ban nhân dân quận Cẩm Lệ và Giám đốc " + COMPANY
								+ " chịu trách nhiệm thi hành Quyết định này./.")),
						signature(List.of("- Như Điều 3;", "- UBND thành phố (để báo cáo);", "- Lưu: VT, CCBVMT."),
								"GIÁM ĐỐC", null, "Lê Thị Minh Hòa")));
	}

	/** Công văn 2156/STNMT-VP (a letter: no type part in its number), one clean page. */
	static List<SamplePage> letter() {
		return List
			.of(SamplePage.of(
					Section.columns(
							List.of(centered(Style.SMALL, "UBND THÀNH PHỐ CẦN THƠ"),
									centered(Style.SMALL_BOLD, "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"),
									centered(Style.SMALL, "Số: 2156/STNMT-VP").after(8),
									centered(Style.SMALL,
											"V/v cung cấp hồ sơ địa chính thửa đất số 125, tờ bản đồ số 12")),
							List.of(centered(Style.SMALL_BOLD, MOTTO),
									centered(Style.BOLD, "Độc lập - Tự do - Hạnh phúc"),
									centered(Style.ITALIC, "Cần Thơ, ngày 04 tháng 11 năm 2019").after(8))),
					Section.body(
							centered(Style.REGULAR, "Kính gửi: Văn phòng Đăng ký đất đai thành phố Cần Thơ.").after(14),
							body("Thực hiện Thông báo số 977/TB-STNMT ngày 25 tháng 10 năm 2019 về kết quả thẩm định hồ sơ "
									+ "đề nghị thuê đất của " + COMPANY
									+ ", Sở Tài nguyên và Môi trường đề nghị Văn phòng "
									+ "Đăng ký đất đai cung cấp bản sao hồ sơ địa chính của thửa đất số 125, tờ bản đồ số 12, "
									+ "phường An Khánh, quận Ninh Kiều, gồm:")
								.after(12),
							body("- Bản trích lục bản đồ địa chính và sổ mục kê đất đai;"),
							body("- Giấy chứng nhận quyền sử dụng đất đã cấp và các biến động đã đăng ký;"),
							body("- Hồ sơ đo đạc, xác định ranh giới, mốc giới thửa đất."),
							body("Văn bản đề nghị gửi về Sở trước ngày 15 tháng 11 năm 2019 để tổng hợp, trình Ủy ban nhân "
									+ "dân thành phố./.")),
					signature(List.of("- Như trên;", "- Lưu: VT, VP."), "TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG",
							"Phạm Quốc Hùng")));
	}

	/**
	 * Biên bản: minutes of a site inspection, one worn page with an applicant's personal
	 * data.
	 */
	static List<SamplePage> minutes() {
		return List.of(SamplePage.of(Section.columns(
				List.of(centered(Style.SMALL, "UBND QUẬN NINH KIỀU"),
						centered(Style.SMALL_BOLD, "UBND PHƯỜNG AN KHÁNH")),
				List.of(centered(Style.SMALL_BOLD, MOTTO), centered(Style.BOLD, "Độc lập - Tự do - Hạnh phúc"))),
				Section.body(centered(Style.TITLE, "BIÊN BẢN").after(20),
						centered(Style.BOLD, "Kiểm tra hiện trạng sử dụng đất"),
						body("Hôm nay, vào lúc 9 giờ 00 phút ngày 14 tháng 8 năm 2018, tại thửa đất số 125, tờ bản đồ "
								+ "số 12, phường An Khánh, quận Ninh Kiều, thành phố Cần Thơ, chúng tôi gồm:")
							.after(14),
						body("1. Ông Lê Hoàng Nam, cán bộ địa chính phường An Khánh;"),
						body("2. Bà Võ Thị Thu Trang, chuyên viên Phòng Tài nguyên và Môi trường quận Ninh Kiều;"),
						body("3. Ông Trần Văn Bình, người sử dụng đất, CCCD số 092079001234, địa chỉ số 18 đường Nguyễn "
								+ "Văn Cừ, điện thoại 0900 000 125."),
						body("Đã tiến hành kiểm tra hiện trạng sử dụng đất, kết quả như sau: khu đất có diện tích đo đạc "
								+ "thực tế 1.494 m², ranh giới rõ ràng, không có tranh chấp; trên đất có nhà tạm và cây "
								+ "lâu năm."),
						body("Biên bản kết thúc vào lúc 10 giờ 30 phút cùng ngày, đã đọc lại cho các thành viên cùng "
								+ "nghe và thống nhất ký tên./.")),
				Section.columns(
						List.of(centered(Style.BOLD, "NGƯỜI SỬ DỤNG ĐẤT").after(16),
								centered(Style.REGULAR, "Trần Văn Bình").after(50)),
						List.of(centered(Style.BOLD, "CÁN BỘ ĐỊA CHÍNH").after(16),
								centered(Style.REGULAR, "Lê Hoàng Nam").after(50)))));
	}

	/** The map sheet's title block, one line each. */
	static List<SamplePage> mapSheet() {
		return List.of(SamplePage.of(Section
			.body(MapSheet.TITLE_BLOCK.stream().map((line) -> left(Style.REGULAR, line)).toArray(Paragraph[]::new))));
	}

	private static Section header(String superior, String number, String placeAndDate) {
		return Section.columns(
				List.of(centered(Style.SMALL, superior), centered(Style.SMALL_BOLD, "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"),
						centered(Style.SMALL, number).after(8)),
				List.of(centered(Style.SMALL_BOLD, MOTTO), centered(Style.BOLD, "Độc lập - Tự do - Hạnh phúc"),
						centered(Style.ITALIC, placeAndDate).after(8)));
	}

	private static Section signature(List<String> recipients, String authority, @Nullable String title, String signer) {
		List<Paragraph> sign = new ArrayList<>();
		sign.add(centered(Style.BOLD, authority).after(14));
		if (title != null) {
			sign.add(centered(Style.BOLD, title));
		}
		sign.add(centered(Style.ITALIC, "(đã ký)").after(30));
		sign.add(centered(Style.BOLD, signer).after(30));
		List<Paragraph> received = new ArrayList<>();
		received.add(left(Style.SMALL_BOLD_ITALIC, "Nơi nhận:").after(14));
		recipients.forEach((recipient) -> received.add(left(Style.SMALL, recipient)));
		return Section.columns(received, sign);
	}

}
