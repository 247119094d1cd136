package vn.luutru.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated archive of near-twins, as a provincial land and environment department
 * holds them, with the queries officers type for them. Every family differs from its
 * siblings only by a number, a date, a ward or a name:
 * <ul>
 * <li>40 notices of the department, numbered 960–999/TB-STNMT, all "Kết quả thẩm định hồ
 * sơ đề nghị …" for ten companies of similar names and four kinds of request;</li>
 * <li>25 cadastral sheets (sheets 10–14 of five wards), each a title block over a grid of
 * 300 parcel numbers and a line naming its neighbouring sheets;</li>
 * <li>30 letters whose subject names a parcel, a sheet and a ward, and whose body cites a
 * notice by number and date;</li>
 * <li>20 environmental impact assessment reports (two pages, the second boilerplate
 * shared by all) and the 20 decisions approving them, which repeat their titles;</li>
 * <li>10 land-recovery decisions and 12 quarterly monitoring reports (quarters I–IV of
 * 2019–2021).</li>
 * </ul>
 * Texts are read as OCR reads them: {@link OcrNoise} drops and confuses diacritics,
 * breaks words and reads zeros as O. Queries are made from templates an officer would use
 * (a number in free text, a sheet and a ward, a partial subject, with or without
 * diacritics); each names the one document it looks for.
 */
final class ConfusableArchive {

	/** A document: its id, its pages' texts (as printed, before OCR). */
	record Document(String id, List<String> pages) {
	}

	/** A query and the id of the document it looks for. */
	record Query(String text, String wanted) {
	}

	static final String[] WARDS = { "An Khánh", "Xuân Khánh", "Hưng Lợi", "Thạch Thang", "Hòa Xuân" };

	private static final String[] COMPANIES = { "Mekong", "Tây Đô", "Phú Hưng", "Hòa Bình", "Sao Mai", "Cửu Long",
			"Thành Đạt", "Minh Phát", "An Phú", "Hưng Thịnh" };

	private static final String[] SECTORS = { "Xây dựng", "Thương mại", "Đầu tư", "Thủy sản" };

	private static final String[] REQUESTS = { "thuê đất", "giao đất", "chuyển mục đích sử dụng đất",
			"gia hạn thời hạn sử dụng đất" };

	private static final String[] LETTER_TOPICS = { "cung cấp hồ sơ địa chính", "đính chính thông tin",
			"kiểm tra hiện trạng sử dụng đất", "xác nhận ranh giới", "trích lục bản đồ" };

	private static final String[] PROJECTS = { "Khu dân cư", "Nhà máy chế biến thủy sản", "Trạm xử lý nước thải",
			"Khu đô thị mới", "Cảng thủy nội địa" };

	private static final String[] PLACES = { "Hòa Xuân", "Cái Sơn", "Hàng Bàng", "Trà Nóc" };

	private static final String[] QUARTERS = { "I", "II", "III", "IV" };

	private static final String HEADER = """
			ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ
			SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG
			CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
			Độc lập - Tự do - Hạnh phúc
			""";

	private static final String LEGAL_BASIS = "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013; Căn cứ Nghị định số "
			+ "43/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất "
			+ "đai; Căn cứ hồ sơ do tổ chức nộp tại Bộ phận tiếp nhận và trả kết quả.";

	private static final String EIA_BOILERPLATE = "Chương 1. Mô tả tóm tắt dự án: tên dự án, chủ dự án, vị trí địa lý, "
			+ "quy mô, công suất, công nghệ sản xuất. Chương 2. Điều kiện tự nhiên, kinh tế - xã hội và hiện trạng môi "
			+ "trường khu vực dự án. Chương 3. Đánh giá, dự báo tác động môi trường của dự án và đề xuất các biện pháp, "
			+ "công trình bảo vệ môi trường, ứng phó sự cố môi trường: nước thải sinh hoạt, nước mưa chảy tràn, bụi, "
			+ "khí thải, tiếng ồn, chất thải rắn thông thường và chất thải nguy hại. Chương 4. Phương án cải tạo, phục "
			+ "hồi môi trường. Chương 5. Chương trình quản lý và giám sát môi trường. Kết luận, kiến nghị và cam kết.";

	final List<Document> documents = new ArrayList<>();

	final List<Query> queries = new ArrayList<>();

	ConfusableArchive() {
		Random random = new Random(18);
		notices();
		maps(random);
		letters();
		assessments();
		decisions();
		monitoring();
	}

	static String company(int i) {
		return "Công ty TNHH " + SECTORS[i / 10] + " " + COMPANIES[i % 10];
	}

	static String notice(int i) {
		return "tb" + (960 + i);
	}

	private static String date(int i, int year) {
		return "ngày " + (1 + (i * 7) % 28) + " tháng " + (1 + (i * 5) % 12) + " năm " + year;
	}

	private void notices() {
		for (int i = 0; i < 40; i++) {
			int sheet = 10 + i % 5;
			String ward = WARDS[i % 5];
			String request = REQUESTS[(i / 5) % 4];
			String text = HEADER + "Số: " + (960 + i) + "/TB-STNMT\nCần Thơ, " + date(i, 2019) + "\nTHÔNG BÁO\n"
					+ "Kết quả thẩm định hồ sơ đề nghị " + request + " của " + company(i) + "\n" + LEGAL_BASIS + "\n"
					+ "Sở Tài nguyên và Môi trường thông báo kết quả thẩm định hồ sơ đề nghị " + request + " của "
					+ company(i) + " tại thửa đất số " + (100 + i * 3) + ", tờ bản đồ số " + sheet + ", phường " + ward
					+ ", quận Ninh Kiều như sau: hồ sơ đủ điều kiện theo quy định.\nNơi nhận: Như trên; Lưu: VT.";
			this.documents.add(new Document(notice(i), List.of(text)));
		}
		for (int k = 0; k < 24; k++) {
			int i = (k * 13) % 40;
			String request = REQUESTS[(i / 5) % 4];
			String name = COMPANIES[i % 10] + " " + SECTORS[i / 10];
			String query = switch (k % 4) {
				case 0 -> "thong bao " + (960 + i);
				case 1 -> "thông báo số " + (960 + i) + "/TB-STNMT";
				case 2 -> "thẩm định " + request + " " + SECTORS[i / 10] + " " + COMPANIES[i % 10];
				default -> OcrNoise.folded("tham dinh ho so " + request + " cong ty " + name);
			};
			this.queries.add(new Query(query, notice(i)));
		}
	}

	private void maps(Random random) {
		for (int w = 0; w < 5; w++) {
			for (int sheet = 10; sheet < 15; sheet++) {
				StringBuilder text = new StringBuilder("BẢN ĐỒ ĐỊA CHÍNH\nTờ bản đồ số " + sheet + "\nPhường "
						+ WARDS[w] + ", quận Ninh Kiều, thành phố Cần Thơ\nTỷ lệ 1:1000\n");
				for (int row = 0; row < 20; row++) {
					for (int col = 0; col < 15; col++) {
						text.append(1 + random.nextInt(400)).append(' ');
					}
					text.append('\n');
				}
				text.append("Sơ đồ phân mảnh: tờ ")
					.append(sheet - 1)
					.append(", tờ ")
					.append(sheet + 1)
					.append("\nHệ tọa độ VN-2000, kinh tuyến trục 105°45'. Đo vẽ năm 2015.");
				this.documents.add(new Document(map(w, sheet), List.of(text.toString())));
			}
		}
		for (int k = 0; k < 20; k++) {
			int w = k % 5;
			int sheet = 10 + (k * 3) % 5;
			String ward = WARDS[w];
			String query = switch (k % 4) {
				case 0 -> "tờ bản đồ số " + sheet + " phường " + ward;
				case 1 -> OcrNoise.folded("to ban do so " + sheet + " " + ward);
				case 2 -> "bản đồ địa chính " + ward + " tờ " + sheet;
				default -> OcrNoise.folded("ban do dia chinh phuong " + ward + " to so " + sheet);
			};
			this.queries.add(new Query(query, map(w, sheet)));
		}
	}

	static String map(int ward, int sheet) {
		return "bd" + ward + "-" + sheet;
	}

	private void letters() {
		for (int i = 0; i < 30; i++) {
			int cited = (i * 7) % 40;
			String topic = LETTER_TOPICS[i % 5];
			int sheet = 10 + (i * 2) % 5;
			String ward = WARDS[(i + 1) % 5];
			String text = "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố: " + (2150 + i) + "/STNMT-VP\nV/v " + topic + " thửa đất số "
					+ (50 + i) + ", tờ bản đồ số " + sheet + ", phường " + ward + "\n"
					+ "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCần Thơ, " + date(i + 3, 2020) + "\n"
					+ "Kính gửi: Văn phòng Đăng ký đất đai thành phố\nThực hiện Thông báo số " + (960 + cited)
					+ "/TB-STNMT " + date(cited, 2019) + " của Sở Tài nguyên và Môi trường về kết quả thẩm định hồ sơ "
					+ "của " + company(cited) + ", Sở đề nghị Văn phòng " + topic + " đối với thửa đất số " + (50 + i)
					+ ", tờ bản đồ số " + sheet + ", phường " + ward
					+ " và gửi bản đồ địa chính của tờ bản đồ này về Sở trước ngày 30.\nNơi nhận: Như trên; Lưu: VT, VP.";
			this.documents.add(new Document("cv" + (2150 + i), List.of(text)));
		}
		for (int k = 0; k < 10; k++) {
			int i = (k * 11) % 30;
			String topic = LETTER_TOPICS[i % 5];
			String ward = WARDS[(i + 1) % 5];
			String query = switch (k % 3) {
				case 0 -> "công văn " + (2150 + i);
				case 1 -> (2150 + i) + "/STNMT-VP";
				default -> OcrNoise.folded("v/v " + topic + " thua " + (50 + i) + " " + ward);
			};
			this.queries.add(new Query(query, "cv" + (2150 + i)));
		}
	}

	static String project(int i) {
		return PROJECTS[i % 5] + " " + PLACES[i / 5];
	}

	private void assessments() {
		for (int i = 0; i < 20; i++) {
			String first = "BÁO CÁO\nĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG\ncủa Dự án " + project(i) + "\nChủ dự án: "
					+ company(i + 20) + "\nĐịa điểm thực hiện: phường " + PLACES[i / 5] + "\nCần Thơ, tháng "
					+ (1 + i % 12) + " năm 2021";
			this.documents.add(new Document("dtm" + i, List.of(first, EIA_BOILERPLATE)));
		}
		for (int k = 0; k < 8; k++) {
			int i = (k * 7) % 20;
			String query = (k % 2 == 0) ? "báo cáo ĐTM dự án " + project(i)
					: OcrNoise.folded("danh gia tac dong moi truong " + project(i));
			this.queries.add(new Query(query, "dtm" + i));
		}
	}

	private void decisions() {
		for (int i = 0; i < 20; i++) {
			String text = "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\nSố: " + (1230 + i) + "/QĐ-UBND\nCần Thơ, " + date(i, 2021)
					+ "\nQUYẾT ĐỊNH\nVề việc phê duyệt báo cáo đánh giá tác động môi trường của Dự án " + project(i)
					+ "\nCHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ\nXét đề nghị của Giám đốc Sở Tài nguyên và Môi trường;"
					+ " Điều 1. Phê duyệt báo cáo ĐTM của Dự án " + project(i) + " do " + company(i + 20)
					+ " làm chủ dự án. Điều 2. Chủ dự án thực hiện các công trình bảo vệ môi trường theo báo cáo.";
			this.documents.add(new Document("qd" + (1230 + i), List.of(text)));
		}
		for (int i = 0; i < 10; i++) {
			String ward = WARDS[(i + i / 5) % 5];
			String text = "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\nSố: " + (1260 + i) + "/QĐ-UBND\nCần Thơ, " + date(i, 2022)
					+ "\nQUYẾT ĐỊNH\nVề việc thu hồi đất để thực hiện dự án " + PROJECTS[i % 5] + " tại phường " + ward
					+ "\n" + LEGAL_BASIS + " Điều 1. Thu hồi " + (1200 + i * 150) + " m2 đất tại thửa đất số "
					+ (200 + i) + ", tờ bản đồ số " + (10 + i % 5) + ", phường " + ward
					+ ". Điều 2. Giao Sở Tài nguyên và Môi trường tổ chức thực hiện.";
			this.documents.add(new Document("qd" + (1260 + i), List.of(text)));
		}
		for (int k = 0; k < 10; k++) {
			int i = (k * 3) % 20;
			String query = switch (k % 3) {
				case 0 -> "quyết định " + (1230 + i);
				case 1 -> OcrNoise.folded("quyet dinh phe duyet DTM " + project(i));
				default -> (1230 + i) + "/QĐ-UBND";
			};
			this.queries.add(new Query(query, "qd" + (1230 + i)));
		}
		for (int k = 0; k < 4; k++) {
			int i = k * 3;
			String query = (k % 2 == 0)
					? "quyết định thu hồi đất " + PROJECTS[i % 5] + " phường " + WARDS[(i + i / 5) % 5]
					: OcrNoise.folded("quyet dinh " + (1260 + i));
			this.queries.add(new Query(query, "qd" + (1260 + i)));
		}
	}

	private void monitoring() {
		for (int y = 0; y < 3; y++) {
			for (int q = 0; q < 4; q++) {
				String text = HEADER + "Số: " + (300 + y * 4 + q) + "/BC-STNMT\nBÁO CÁO\nKết quả quan trắc môi trường"
						+ " quý " + QUARTERS[q] + " năm " + (2019 + y) + "\nChất lượng nước mặt, không khí xung quanh"
						+ " và nước thải tại các khu công nghiệp Trà Nóc, Hưng Phú trong quý đạt quy chuẩn kỹ thuật"
						+ " quốc gia, trừ một số vị trí vượt giới hạn cho phép về tổng chất rắn lơ lửng.";
				this.documents.add(new Document("qt" + (2019 + y) + "-" + (q + 1), List.of(text)));
			}
		}
		for (int k = 0; k < 8; k++) {
			int y = k % 3;
			int q = (k * 3) % 4;
			String query = (k % 2 == 0) ? "báo cáo quan trắc quý " + QUARTERS[q] + " năm " + (2019 + y)
					: "quan trac moi truong quy " + QUARTERS[q] + " " + (2019 + y);
			this.queries.add(new Query(query, "qt" + (2019 + y) + "-" + (q + 1)));
		}
	}

}
