package vn.luutru.search.dossiers;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CsvRecordsTests {

	@Test
	void quotedFieldsHoldSeparatorsQuotesAndLineBreaks() {
		List<CsvRecords.Row> rows = CsvRecords
			.parse("\uFEFFMã hồ sơ;Ghi chú\r\nA;\"một; hai \"\"ba\"\"\r\nbốn\"\r\n\r\nB;năm\n", ';');

		assertThat(rows).hasSize(3);
		assertThat(rows.get(0).fields()).containsExactly("Mã hồ sơ", "Ghi chú");
		assertThat(rows.get(1)).isEqualTo(new CsvRecords.Row(2, List.of("A", "một; hai \"ba\"\r\nbốn")));
		// Line numbers count the line break inside the quoted field and the blank line.
		assertThat(rows.get(2)).isEqualTo(new CsvRecords.Row(5, List.of("B", "năm")));
	}

	@Test
	void anUnclosedQuoteIsAnError() {
		assertThatIllegalArgumentException().isThrownBy(() -> CsvRecords.parse("a,\"b\nc", ','))
			.withMessageContaining("line 1");
	}

}
