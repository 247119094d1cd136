package vn.luutru.search.documents;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The identifiers read out of free text, one case each, as officers type them.
 */
class QueryIdentifiersTests {

	@Test
	void aMapSheetWithItsWard() {
		QueryIdentifiers named = QueryIdentifiers.read("tờ bản đồ số 12 phường An Khánh");

		assertThat(named.sheets()).containsExactly("12");
		assertThat(named.units()).containsExactly("phuong an khanh");
		assertThat(named.kind()).isEqualTo("ban-do");
	}

	@Test
	void aMapSheetTypedWithoutDiacriticsOrWithAWrongTone() {
		assertThat(QueryIdentifiers.read("to ban do so 12").sheets()).containsExactly("12");
		assertThat(QueryIdentifiers.read("tò bản đồ 12").sheets()).containsExactly("12");
		assertThat(QueryIdentifiers.read("bản đồ địa chính Hưng Lợi tờ 11").sheets()).containsExactly("11");
	}

	@Test
	void aParcelOnItsSheetIsNotAMapLookedFor() {
		QueryIdentifiers named = QueryIdentifiers.read("thửa đất số 125 tờ bản đồ số 12");

		assertThat(named.parcels()).containsExactly("12/125");
		assertThat(named.kind()).isNull();
	}

	@Test
	void aParcelWithoutItsSheetIsOnAnySheet() {
		assertThat(QueryIdentifiers.read("thua 125").parcels()).containsExactly("*/125");
	}

	@Test
	void aNumberAndSymbolInFreeText() {
		QueryIdentifiers named = QueryIdentifiers.read("thông báo số 977/TB-STNMT");

		assertThat(named.numbers()).containsExactly("977/TB-STNMT");
		assertThat(named.numberPrefixes()).isEmpty();
		assertThat(named.kind()).isEqualTo("thong-bao");
	}

	@Test
	void aNumberAndSymbolInLowerCaseWithAnOForAZero() {
		QueryIdentifiers named = QueryIdentifiers.read("9O7/tb-stnmt");

		assertThat(named.numbers()).containsExactly("907/TB-STNMT");
		// The type part of the symbol names the kind.
		assertThat(named.kind()).isEqualTo("thong-bao");
	}

	@Test
	void aNumberWithoutItsSymbolAfterTheType() {
		assertThat(QueryIdentifiers.read("quyết định 1234").numberPrefixes()).containsExactly("1234/");
		assertThat(QueryIdentifiers.read("quyết định 1234").kind()).isEqualTo("quyet-dinh");
		assertThat(QueryIdentifiers.read("thong bao 977").numberPrefixes()).containsExactly("977/");
		assertThat(QueryIdentifiers.read("so 2156").numberPrefixes()).containsExactly("2156/");
	}

	@Test
	void aNumberThatIsNoDocumentNumber() {
		QueryIdentifiers named = QueryIdentifiers.read("kế hoạch sử dụng đất 2022");

		assertThat(named.numberPrefixes()).isEmpty();
		assertThat(named.kind()).isEqualTo("ke-hoach");
	}

	@Test
	void aDateWrittenEitherWay() {
		assertThat(QueryIdentifiers.read("thông báo ngày 25/10/2019").dates())
			.containsExactly(LocalDate.of(2019, 10, 25));
		assertThat(QueryIdentifiers.read("ngay 25 thang 10 nam 2019").dates())
			.containsExactly(LocalDate.of(2019, 10, 25));
		assertThat(QueryIdentifiers.read("31/02/2019").dates()).isEmpty();
	}

	@Test
	void aDossierCode() {
		assertThat(QueryIdentifiers.read("hồ sơ 000.00.12.h13-191002-0015").codes())
			.containsExactly("000.00.12.H13-191002-0015");
	}

	@Test
	void theKindNamedFirstAndAbbreviationsSpelledOut() {
		QueryIdentifiers report = QueryIdentifiers.read("báo cáo ĐTM dự án Hòa Xuân");
		QueryIdentifiers decision = QueryIdentifiers.read("quyet dinh phe duyet DTM Hoa Xuan");

		assertThat(report.kind()).isEqualTo("bao-cao-dtm");
		assertThat(report.expansions()).containsExactly("đánh giá tác động môi trường");
		assertThat(decision.kind()).isEqualTo("quyet-dinh");
	}

	@Test
	void centralPapersNamedByTheirKind() {
		// The kinds a title block and a number's symbol are read as, a query names too.
		assertThat(QueryIdentifiers.read("thông tư hồ sơ địa chính").kind()).isEqualTo("thong-tu");
		assertThat(QueryIdentifiers.read("nghi dinh huong dan luat dat dai").kind()).isEqualTo("nghi-dinh");
		assertThat(QueryIdentifiers.read("chỉ thị quản lý khoáng sản").kind()).isEqualTo("chi-thi");
	}

	@Test
	void plainWordsNameNothing() {
		assertThat(QueryIdentifiers.read("tai nguyen moi truong").any()).isFalse();
	}

}
