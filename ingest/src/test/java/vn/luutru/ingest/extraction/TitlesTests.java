package vn.luutru.ingest.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TitlesTests {

	@Test
	void takesTheDocumentTypeHeadingWithItsSubjectLine() {
		String page = """
				ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ
				SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG
				CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
				Độc lập - Tự do - Hạnh phúc
				Số: 977/TB-STNMT
				Cần Thơ, ngày 25 tháng 10 năm 2019
				THÔNG BÁO
				Về việc kết quả kiểm tra hồ sơ giao đất
				Sở Tài nguyên và Môi trường thông báo…
				""";
		assertThat(Titles.fromText(page)).isEqualTo("THÔNG BÁO 977/TB-STNMT: Về việc kết quả kiểm tra hồ sơ giao đất");
	}

	@Test
	void recognisesHeadingsInOcrTextWithoutDiacritics() {
		assertThat(Titles.fromText("So: 12/QD-UBND\nQUYET DINH\nVe viec cap phep"))
			.isEqualTo("QUYET DINH 12/QD-UBND: Ve viec cap phep");
	}

	@Test
	void withoutAHeadingSkipsTheMottoNumberAndDateLines() {
		String page = """
				CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
				Độc lập – Tự do – Hạnh phúc
				Số: 1234/STNMT-VP
				Đà Nẵng, ngày 12 tháng 3 năm 2021
				Kính gửi: Ủy ban nhân dân phường An Khánh
				""";
		assertThat(Titles.fromText(page)).isEqualTo("Kính gửi: Ủy ban nhân dân phường An Khánh");
	}

	@Test
	void noTitleFromAPageWithoutWords() {
		assertThat(Titles.fromText("12\n---\n")).isNull();
	}

	@Test
	void longTitlesAreShortened() {
		String heading = "BÁO CÁO " + "rất dài ".repeat(40);
		assertThat(Titles.fromText(heading)).hasSizeLessThanOrEqualTo(161).endsWith("…");
	}

}
