package vn.luutru.archive.identifiers;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One vocabulary of kinds for reading, searching and showing documents.
 */
class DocumentKindTests {

	@Test
	void everyKindIsReadFromItsOwnTitleAndTypedName() {
		for (DocumentKind kind : DocumentKind.values()) {
			String title = Folded.of(kind.typeName());
			assertThat(DocumentKind.ofTitle(title + " ve viec")).contains(kind);
			assertThat(DocumentKind.codeOf(kind.typeName())).isEqualTo(kind.code());
			assertThat(DocumentKind.codeOf(kind.code())).isEqualTo(kind.code());
			assertThat(DocumentKind.namedFirstIn("tim " + title + " nam 2020", (any) -> true)).contains(kind);
			assertThat(DocumentKind.ofCode(kind.code())).contains(kind);
		}
	}

	@Test
	void codesAreUniqueAndStable() {
		assertThat(Arrays.stream(DocumentKind.values()).map(DocumentKind::code)).doesNotHaveDuplicates()
			.allMatch((code) -> code.matches("[a-z]+(-[a-z]+)*"));
	}

	@Test
	void theLongerNameWinsWhereTwoStartAlike() {
		assertThat(DocumentKind.ofTitle("bao cao danh gia tac dong moi truong du an"))
			.contains(DocumentKind.BAO_CAO_DTM);
		assertThat(DocumentKind.ofTitle("bao cao ket qua kiem tra")).contains(DocumentKind.BAO_CAO);
		assertThat(DocumentKind.namedFirstIn("bao cao dtm du an hoa xuan", (any) -> true))
			.contains(DocumentKind.BAO_CAO_DTM);
	}

	@Test
	void theKindNamedFirstAmongThoseAllowed() {
		assertThat(DocumentKind.namedFirstIn("thong bao thu hoi dat theo quyet dinh", (any) -> true))
			.contains(DocumentKind.THONG_BAO);
		assertThat(DocumentKind.namedFirstIn("ban do thua 12", (kind) -> kind != DocumentKind.BAN_DO)).isEmpty();
		// Whole words only: "thong bao" is not in "thong baoxyz".
		assertThat(DocumentKind.namedFirstIn("thong baoxyz", (any) -> true)).isEmpty();
	}

	@Test
	void numberTypesInAnyCaseAndLettersWithoutOne() {
		assertThat(DocumentKind.ofNumberType("QĐ")).contains(DocumentKind.QUYET_DINH);
		assertThat(DocumentKind.ofNumberType("qđ")).contains(DocumentKind.QUYET_DINH);
		assertThat(DocumentKind.ofNumberType("TTr")).contains(DocumentKind.TO_TRINH);
		assertThat(DocumentKind.ofNumberType("")).contains(DocumentKind.CONG_VAN);
		assertThat(DocumentKind.ofNumberType("XYZ")).isEmpty();
	}

	@Test
	void aKindNotListedKeepsItsOwnName() {
		assertThat(DocumentKind.codeOf("Sổ tay nghiệp vụ")).isEqualTo("so-tay-nghiep-vu");
		assertThat(DocumentKind.codeOf("  Thông Báo ")).isEqualTo("thong-bao");
		assertThat(DocumentKind.codeOf("ĐTM")).isEqualTo("bao-cao-dtm");
	}

	@Test
	void titlesStartWithTheirType() {
		assertThat(DocumentKind.BAO_CAO_DTM.titleStart()).containsExactly("bao", "cao");
		assertThat(DocumentKind.GIAY_CHUNG_NHAN.titleStart()).containsExactly("giay", "chung", "nhan");
		assertThat(DocumentKind.QUYET_DINH.label()).isEqualTo("Quyết định");
		assertThat(DocumentKind.BAO_CAO_DTM.label()).isEqualTo("Báo cáo ĐTM");
	}

}
