package vn.luutru.search.documents;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.luutru.search.documents.OfficerQuery.Field;
import vn.luutru.search.documents.OfficerQuery.Filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OfficerQueryTests {

	@Test
	void wordsPhrasesExclusionsAndFilters() {
		OfficerQuery query = OfficerQuery
			.parse("khai thác \"tài nguyên nước\" -cát so:977/tb-stnmt thua:0125 to:12 nam:2019 dvhc:\"An Khánh\"");

		assertThat(query.words()).isEqualTo("khai thác");
		assertThat(query.phrases()).containsExactly("tài nguyên nước");
		assertThat(query.excluded()).containsExactly("cát");
		assertThat(query.filters()).containsExactly(new Filter(Field.SO, "977/TB-STNMT"), new Filter(Field.THUA, "125"),
				new Filter(Field.TO, "12"), new Filter(Field.NAM, "2019"), new Filter(Field.DVHC, "An Khánh"));
	}

	@Test
	void plainTextIsJustWords() {
		OfficerQuery query = OfficerQuery.parse("tai nguyen moi truong 10:30 V/v");

		assertThat(query.words()).isEqualTo("tai nguyen moi truong 10:30 V/v");
		assertThat(query.filters()).isEmpty();
		assertThat(query.hasText()).isTrue();
	}

	@Test
	void filtersAloneSearchByIdentifier() {
		OfficerQuery query = OfficerQuery.parse("loai:Ban-Do ma:000.00.12.h13-191002-0015");

		assertThat(query.hasText()).isFalse();
		assertThat(query.filters()).containsExactly(new Filter(Field.LOAI, "ban-do"),
				new Filter(Field.MA, "000.00.12.H13-191002-0015"));
	}

	@Test
	void dossierFiltersTakeTheirValuesWithOrWithoutDiacritics() {
		OfficerQuery query = OfficerQuery.parse("hoso:Có linhvuc:\"Đất đai\" thutuc:\"Thuê đất\"");

		assertThat(query.filters()).containsExactly(new Filter(Field.HOSO, "co"), new Filter(Field.LINHVUC, "Đất đai"),
				new Filter(Field.THUTUC, "Thuê đất"));
		assertThat(OfficerQuery.parse("hoso:khong").filters()).containsExactly(new Filter(Field.HOSO, "khong"));
		assertThatExceptionOfType(InvalidSearch.class).isThrownBy(() -> OfficerQuery.parse("hoso:maybe"))
			.withMessageContaining("hoso:co or hoso:khong");
	}

	@Test
	void archivalDescriptionFiltersTakeTheIndexedForm() {
		OfficerQuery query = OfficerQuery.parse("hslt:h12.1.3 tukhoa:\"thu hồi đất\" chedo:Cong-Khai");

		assertThat(query.filters()).containsExactly(new Filter(Field.HSLT, "H12.1.3"),
				new Filter(Field.TUKHOA, "thu hồi đất"), new Filter(Field.CHEDO, "cong-khai"));
		assertThatExceptionOfType(InvalidSearch.class).isThrownBy(() -> OfficerQuery.parse("chedo:mat"))
			.withMessageContaining("chedo:cong-khai");
	}

	@Test
	void malformedQueriesAreRefusedWithAReason() {
		assertThatExceptionOfType(InvalidSearch.class).isThrownBy(() -> OfficerQuery.parse("\"tài nguyên"))
			.withMessageContaining("not closed");
		assertThatExceptionOfType(InvalidSearch.class).isThrownBy(() -> OfficerQuery.parse("tacgia:Nam"))
			.withMessageContaining("Unknown field 'tacgia:'")
			.withMessageContaining("so:, thua:, to:, loai:, nam:, ma:, dvhc:");
		assertThatExceptionOfType(InvalidSearch.class).isThrownBy(() -> OfficerQuery.parse("nam:hai-nghin"))
			.withMessageContaining("nam:2019");
		assertThatExceptionOfType(InvalidSearch.class).isThrownBy(() -> OfficerQuery.parse("so:"))
			.withMessageContaining("needs a value");
		assertThatExceptionOfType(InvalidSearch.class)
			.isThrownBy(() -> SearchRequests.query("-cat", SearchRequests.Over.DOCUMENTS))
			.withMessageContaining("only excludes");
	}

	@Test
	void fuzzinessLeavesNumbersAndCodesAlone() {
		assertThat(SearchRequests.withoutNumbers("thua dat 125 so 977/TB-STNMT nam")).isEqualTo("thua dat so nam");
		assertThat(SearchRequests.withoutNumbers("125 12")).isEmpty();
	}

	@Test
	void aParcelAndASheetTogetherAreOneParcel() {
		List<co.elastic.clients.elasticsearch._types.query_dsl.Query> filters = SearchRequests
			.filters(OfficerQuery.parse("thua:125 to:12").filters());

		assertThat(filters.getFirst().term().field()).isEqualTo("identifiers.parcels");
		assertThat(filters.getFirst().term().value().stringValue()).isEqualTo("12/125");
		assertThat(SearchRequests.filters(OfficerQuery.parse("thua:125").filters()).getFirst().wildcard().value())
			.isEqualTo("*/125");
	}

}
