package vn.luutru.archive.identifiers;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentTitleTests {

	@Test
	void aDecisionIsTitledByItsTypeNumberAndSubjectNotItsFirstLine() {
		String page = """
				ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ
				CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
				Độc lập - Tự do - Hạnh phúc
				Số: 1234/QĐ-UBND
				Cần Thơ, ngày 25 tháng 10 năm 2019
				QUYẾT ĐỊNH
				Về việc thu hồi đất để thực hiện dự án
				nâng cấp đường Nguyễn Văn Cừ
				CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ
				Căn cứ Luật Đất đai;
				""";

		DocumentTitle title = DocumentTitle.read(page).orElseThrow();

		assertThat(title.type()).isEqualTo("QUYẾT ĐỊNH");
		assertThat(title.number()).isEqualTo("1234/QĐ-UBND");
		// The subject wraps onto a line in lower case; the capitals below it are the
		// signatory's, the "Căn cứ" the body's.
		assertThat(title.subject()).isEqualTo("Về việc thu hồi đất để thực hiện dự án, nâng cấp đường Nguyễn Văn Cừ");
		assertThat(title.title())
			.isEqualTo("QUYẾT ĐỊNH 1234/QĐ-UBND: Về việc thu hồi đất để thực hiện dự án, nâng cấp đường Nguyễn Văn Cừ");
	}

	@Test
	void aTypeMayRunOverTwoLinesOfCapitals() {
		DocumentTitle title = DocumentTitle
			.read("BÁO CÁO\nĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG\ncủa Dự án Khu dân cư Hòa Xuân\nChủ dự án: Công ty A")
			.orElseThrow();

		assertThat(title.type()).isEqualTo("BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG");
		assertThat(title.subject()).isEqualTo("của Dự án Khu dân cư Hòa Xuân");
		assertThat(title.number()).isNull();
	}

	@Test
	void aLetterIsTitledByItsVvLine() {
		String page = """
				SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG
				Số: 2156/STNMT-VP
				V/v cung cấp thông tin quy hoạch
				CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
				Kính gửi: Văn phòng Đăng ký đất đai
				""";

		assertThat(DocumentTitle.read(page).orElseThrow().title())
			.isEqualTo("Công văn 2156/STNMT-VP: V/v cung cấp thông tin quy hoạch");
	}

	@Test
	void aMapIsTitledByItsTitleBlockAboveItsNumberGrid() {
		String map = """
				BẢN ĐỒ ĐỊA CHÍNH
				Tờ bản đồ số 12
				Phường An Khánh, quận Ninh Kiều
				Tỷ lệ 1:1000
				12 45 7 301 88 19 4 220
				""";

		DocumentTitle title = DocumentTitle.read(map).orElseThrow();

		assertThat(title.type()).isEqualTo("BẢN ĐỒ ĐỊA CHÍNH");
		assertThat(title.subject()).isEqualTo("Tờ bản đồ số 12, Phường An Khánh, quận Ninh Kiều, Tỷ lệ 1:1000");
	}

	@Test
	void ocrTextWithoutDiacriticsIsRead() {
		assertThat(DocumentTitle.read("So: 12/QD-UBND\nQUYET DINH\nVe viec cap phep").orElseThrow().title())
			.isEqualTo("QUYET DINH 12/QD-UBND: Ve viec cap phep");
	}

	@Test
	void noTitleWithoutATypeOrSubject() {
		assertThat(DocumentTitle.read("Kính gửi: Ủy ban nhân dân phường An Khánh\nNội dung")).isEmpty();
	}

}
