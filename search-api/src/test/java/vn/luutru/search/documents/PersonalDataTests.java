package vn.luutru.search.documents;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.luutru.search.documents.PersonalData.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal data found and masked in page text as papers and OCR write it, and the figures
 * of the same papers that are not personal data.
 */
class PersonalDataTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					Số CCCD: 079088001122 cấp ngày 01/02/2021              | Số CCCD: •••••••••122 cấp ngày 01/02/2021
					CCCD số 079 088 001 122                                 | CCCD số ••• ••• ••• 122
					căn cước 0790 8800 1122, nơi cấp Cục CS                 | căn cước •••• •••• •122, nơi cấp Cục CS
					ông Nguyễn Văn An (079.088.001.122) đề nghị             | ông Nguyễn Văn An (•••.•••.•••.122) đề nghị
					CCCD: 07908800112 2                                     | CCCD: •••••••••12 2
					Số CMND: 025123456 do Công an TP. HCM cấp               | Số CMND: ••••••456 do Công an TP. HCM cấp
					chứng minh nhân dân số 212.345.678 cấp ngày 12/5/2010   | chứng minh nhân dân số •••.•••.678 cấp ngày 12/5/2010
					Điện thoại: 0905 111 222                                | Điện thoại: •••• ••• 222
					ĐT 0905.111.222                                         | ĐT ••••.•••.222
					liên hệ 0905-111-222 hoặc 0905111222.                   | liên hệ ••••-•••-222 hoặc •••••••222.
					SĐT:0905111222                                          | SĐT:•••••••222
					gọi +84 905 111 222 để hỏi                              | gọi +•• ••• ••• 222 để hỏi
					gọi (+84) 905111222                                     | gọi (+••) ••••••222
					gọi 84 905 111 222                                      | gọi •• ••• ••• 222
					Văn phòng: (0236) 3822 123                              | Văn phòng: (••••) •••• 123
					Văn phòng: 028 3829 1234                                | Văn phòng: ••• •••• •234
					ĐT cũ: (0511) 3822123                                   | ĐT cũ: (••••) ••••123
					máy cũ 0168 123 4567                                    | máy cũ •••• ••• •567
					ĐT: 3 822 123                                           | ĐT: • ••• 123
					OCR đọc 0905 , 111 thành 0905,111,222                   | OCR đọc 0905 , 111 thành ••••,•••,222
					0905 111 222 079 088 001 122                            | •••• ••• 222 ••• ••• ••• 122
					hộ chiếu số C1234567                                    | hộ chiếu số •••••567
					thư gửi nguyen.van.an@gmail.com nhé                     | thư gửi •••••••••••••@gmail.com nhé
					""")
	void masksIdNumbersPhonesAndAddresses(String text, String masked) {
		assertThat(PersonalData.mask(text)).isEqualTo(masked).hasSameSizeAs(text);
		assertThat(PersonalData.in(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Số: 977/TB-STNMT", "Số: 1234/STNMT-VP ngày 25/10/2019",
			"Mã hồ sơ: 000.00.12.H13-191002-0015", "mã hồ sơ 000.00.12.H13-231025-0001",
			"thửa đất số 125, tờ bản đồ số 12", "các thửa 125, 126, 127, 128, 129, 130, 131",
			"Cần Thơ, ngày 25 tháng 10 năm 2019", "ngày 02/10/2019", "từ 01.01.2019 - 31.12.2019", "năm 2019 2020 2021",
			"số tiền 1.250.000.000 đồng", "số tiền 1.079.088.001.122 đồng", "giá 0905111222 đồng",
			"diện tích 1.494,5 m²", "diện tích 12.345.678 m2", "tổng 125000000 đồng", "tỷ lệ 81,5%",
			"X = 1 187 654,32; Y = 587 432,10", "X(m) 1187654.32 Y(m) 0587432.10", "16.054407, 108.202167",
			"Điện thoại: (chi phí) 1.250.000 đồng", "ĐTM số 1234567", "ĐT 741 (đường tỉnh)",
			"Giấy chứng nhận số BĐ 123456, số vào sổ CH01234", "serial C1234567",
			"STT Thửa Tờ\n01 125 12\n02 130 12\n03 131 12\n04 140 12", "05 1250 12 06 1251 12",
			"Quyết định 2019/0905111222/QĐ", "Nghị định 13/2023/NĐ-CP", "tờ 12 thửa 0905" })
	void leavesOtherFiguresAlone(String text) {
		assertThat(PersonalData.find(text)).isEmpty();
		assertThat(PersonalData.mask(text)).isEqualTo(text);
	}

	@Test
	void saysWhatItFoundAndWhere() {
		String text = "Ông An, CCCD 079088001122, ĐT 0905 111 222, email an@stnmt.gov.vn, hộ chiếu B 7654321.";
		assertThat(PersonalData.find(text)).extracting(PersonalData.Span::kind)
			.containsExactly(Kind.ID_NUMBER, Kind.PHONE, Kind.EMAIL, Kind.PASSPORT);
		assertThat(PersonalData.find(text)).map((span) -> text.substring(span.start(), span.end()))
			.containsExactly("079088001122", "0905 111 222", "an@stnmt.gov.vn", "B 7654321");
	}

	@Test
	void masksEveryNumberOfALongPageAndNothingElse() {
		String row = "Hộ ông Trần Văn Bình, CCCD 048090001234, ĐT 0935.222.333, thửa 125 tờ 12, 1.250.000.000 đồng.\n";
		String masked = PersonalData.mask(row.repeat(200));
		assertThat(masked).doesNotContain("048090001234", "0935.222.333")
			.contains("•••••••••234", "••••.•••.333", "thửa 125 tờ 12, 1.250.000.000 đồng.");
	}

	@Test
	void aTextWithoutDigitsOrAtSignsIsLeftAsItIs() {
		String text = "Sở Tài nguyên và Môi trường tỉnh Cần Thơ thông báo kết quả thẩm định hồ sơ.";
		assertThat(PersonalData.mask(text)).isSameAs(text);
	}

}
