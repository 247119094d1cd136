package vn.luutru.archive.index;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumberGridTests {

	private static final String MAP = """
			BẢN ĐỒ ĐỊA CHÍNH
			Tờ bản đồ số 12
			12 45 7 3O1 88 19 4 220
			5 6 77 18 9 102 33 41
			Hệ tọa độ VN-2000, đo vẽ năm 2O15
			""";

	@Test
	void gridLinesAreLeftOutOfTheRankedText() {
		assertThat(NumberGrid.words(MAP))
			.isEqualTo("BẢN ĐỒ ĐỊA CHÍNH\nTờ bản đồ số 12\nHệ tọa độ VN-2000, đo vẽ năm 2015");
	}

	@Test
	void gridNumbersAreReadWithTheirZeros() {
		assertThat(NumberGrid.numbers(MAP)).startsWith("12", "45", "7", "301").hasSize(16);
	}

	@Test
	void aLineOfWordsWithNumbersIsNoGrid() {
		assertThat(NumberGrid.isGrid("thửa đất số 125, tờ bản đồ số 12, diện tích 300 m2")).isFalse();
		assertThat(NumberGrid.isGrid("1 2 3")).isFalse();
	}

}
