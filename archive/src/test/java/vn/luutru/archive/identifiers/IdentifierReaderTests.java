package vn.luutru.archive.identifiers;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.luutru.archive.index.ArchiveEntry.Identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IdentifierReaderTests {

	private final IdentifierReader reader = new IdentifierReader(IdentifiersProperties.defaults());

	private static final String NOTICE = """
			UBND THÀNH PHỐ CẦN THƠ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
			SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG Độc lập - Tự do - Hạnh phúc
			Số: 977/TB-STNMT Cần Thơ, ngày 25 tháng 10 năm 2019
			THÔNG BÁO
			Kết quả thẩm định hồ sơ đề nghị thuê đất
			Căn cứ Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ;
			Xét hồ sơ nộp tại Bộ phận Một cửa ngày 02 tháng 10 năm 2019, mã hồ sơ 000.00.12.H13-191002-0015;
			khu đất tại thửa đất số 125, tờ bản đồ số 12, phường An Khánh, quận Ninh Kiều, thành phố Cần Thơ
			""";

	@Test
	void readsTheIdentifiersOfANotice() {
		Identifiers found = this.reader.read(NOTICE);

		assertThat(found.kind()).isEqualTo("thong-bao");
		assertThat(found.year()).isEqualTo(2019);
		assertThat(found.documentNumbers()).containsExactly("977/TB-STNMT", "43/2014/NĐ-CP");
		assertThat(found.dossierCodes()).containsExactly("000.00.12.H13-191002-0015");
		assertThat(found.parcels()).containsExactly("12/125");
		assertThat(found.mapSheets()).containsExactly("12");
		assertThat(found.dates()).containsExactly(LocalDate.of(2019, 10, 25), LocalDate.of(2014, 5, 15),
				LocalDate.of(2019, 10, 2));
		// Old names resolve to themselves and to the units that succeeded them.
		assertThat(found.adminUnits()).contains("Thành phố Cần Thơ", "Quận Ninh Kiều", "Phường An Khánh",
				"Phường Ninh Kiều");
	}

	@Test
	void toleratesOcrNoise() {
		// Diacritics lost, O for 0, spaces around the separators, lower-case symbol.
		Identifiers found = this.reader
			.read("So: 97O / tb - stnmt, thua dat so 125 , to ban do so 012, ma ho so OOO.00.12.H13-191002-OO15,"
					+ " ngay 25 thang 1O nam 2O19, phuong An Khanh");

		assertThat(found.documentNumbers()).containsExactly("970/TB-STNMT");
		assertThat(found.parcels()).containsExactly("12/125");
		assertThat(found.dossierCodes()).containsExactly("000.00.12.H13-191002-0015");
		assertThat(found.dates()).containsExactly(LocalDate.of(2019, 10, 25));
		assertThat(found.adminUnits()).contains("Phường An Khánh");
	}

	@Test
	void kindsFromTitlesAndSymbols() {
		assertThat(this.reader.read("CÔNG TY\nBÁO CÁO\nĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG\ncủa Dự án").kind())
			.isEqualTo("bao-cao-dtm");
		assertThat(this.reader.read("BẢN ĐỒ ĐỊA CHÍNH\nTờ số 12").kind()).isEqualTo("ban-do");
		assertThat(this.reader.read("Số: 2156/STNMT-VP\nV/v cung cấp hồ sơ").kind()).isEqualTo("cong-van");
		assertThat(this.reader.read("Số: 12/QĐ-UBND về việc giao đất").kind()).isEqualTo("quyet-dinh");
		assertThat(this.reader.read("UBND THÀNH PHỐ ĐÀ NẴNG\nQUYẾT ĐỊNH về việc giao đất").kind())
			.isEqualTo("quyet-dinh");
		assertThat(this.reader.read("trang trắng").kind()).isNull();
	}

	@Test
	void kindsFromTheTitleBlocksOfCentralPapers() {
		// A decree or a circular filed without its number (a copy received, the first
		// page damaged) is still one by its title block.
		assertThat(this.reader.read("CHÍNH PHỦ\nNGHỊ ĐỊNH\nQuy định chi tiết thi hành Luật Đất đai").kind())
			.isEqualTo("nghi-dinh");
		assertThat(this.reader.read("BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nTHÔNG TƯ\nQuy định về hồ sơ địa chính").kind())
			.isEqualTo("thong-tu");
		assertThat(this.reader.read("UBND TỈNH\nCHỈ THỊ\nVề tăng cường quản lý đất đai").kind()).isEqualTo("chi-thi");
	}

	@Test
	void aCertificateOfAnotherKindIsNoLandUseRightCertificate() {
		assertThat(this.reader.read("GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT\nQuyền sở hữu nhà ở").kind())
			.isEqualTo("giay-chung-nhan");
		assertThat(this.reader.read("GIẤY CHỨNG NHẬN ĐĂNG KÝ ĐẦU TƯ\nMã số dự án").kind())
			.isNotEqualTo("giay-chung-nhan");
	}

	@Test
	void impossibleDatesAndNonNumbersAreNotRead() {
		Identifiers found = this.reader.read("ngày 31 tháng 2 năm 2019; tỷ lệ 1/2000; 25/10/2019; 81,5%");

		assertThat(found.dates()).containsExactly(LocalDate.of(2019, 10, 25));
		assertThat(found.documentNumbers()).isEmpty();
	}

	@Test
	void aDocumentHasTheUnionOfItsPages() {
		Identifiers first = this.reader.read(NOTICE);
		Identifiers second = this.reader.read("thửa đất số 7, tờ bản đồ số 3; Số: 12/QĐ-UBND");

		Identifiers document = Identifiers.union(List.of(first, second));

		assertThat(document.kind()).isEqualTo("thong-bao");
		assertThat(document.parcels()).containsExactly("12/125", "3/7");
		assertThat(document.documentNumbers()).containsExactly("977/TB-STNMT", "43/2014/NĐ-CP", "12/QĐ-UBND");
	}

	@Test
	void documentNumbersAreValueObjects() {
		assertThat(DocumentNumber.of(" 0977 / TB - STNMT ").value()).isEqualTo("977/TB-STNMT");
		assertThat(DocumentNumber.of("43/2014/nđ-cp").value()).isEqualTo("43/2014/NĐ-CP");
		assertThat(DocumentNumber.of("977/TB-STNMT").type()).isEqualTo("TB");
		assertThatIllegalArgumentException().isThrownBy(() -> DocumentNumber.of("1/2000"));
	}

	@Test
	void aMapsNumberGridIsReadAsTheParcelsOfItsSheet() {
		Identifiers found = this.reader
			.read("BẢN ĐỒ ĐỊA CHÍNH\nTờ bản đồ số 12\nPhường An Khánh\n125 4 7 3O1 88 19 4 220\nTỷ lệ 1:1000");

		assertThat(found.kind()).isEqualTo("ban-do");
		assertThat(found.parcels()).contains("12/125", "12/301", "12/220").doesNotContain("12/1000");
	}

	@Test
	void aTextNamingSeveralSheetsHasNoGridParcels() {
		Identifiers found = this.reader
			.read("BẢN ĐỒ ĐỊA CHÍNH\ntờ bản đồ số 12, tờ bản đồ số 13\n125 4 7 301 88 19 4 220");

		assertThat(found.parcels()).isEmpty();
	}

}
