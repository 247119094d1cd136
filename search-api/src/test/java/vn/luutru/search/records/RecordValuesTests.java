package vn.luutru.search.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.luutru.archive.identifiers.DocumentKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The small values of archival description: codes, periods, the schedule. */
class RecordValuesTests {

	@Test
	void aRetentionPeriodIsPermanentOrYearsAsArchivistsWriteIt() {
		assertThat(RetentionPeriod.of("Vĩnh viễn").permanent()).isTrue();
		assertThat(RetentionPeriod.of("vinh-vien")).isEqualTo(RetentionPeriod.PERMANENT);
		assertThat(RetentionPeriod.of("10 năm").years()).isEqualTo(10);
		assertThat(RetentionPeriod.of("20").label()).isEqualTo("20 năm");
		assertThat(RetentionPeriod.years(10).reviewFrom(LocalDate.of(2012, 12, 31))).isEqualTo("2022-12-31");
		assertThat(RetentionPeriod.PERMANENT.reviewFrom(LocalDate.of(2012, 12, 31))).isNull();
		assertThat(RetentionPeriod.years(10).extendedBy(5).years()).isEqualTo(15);
		assertThatIllegalArgumentException().isThrownBy(() -> RetentionPeriod.of("mãi mãi"))
			.withMessageContaining("Thời hạn bảo quản");
		assertThatIllegalArgumentException().isThrownBy(() -> RetentionPeriod.of("0"));
	}

	@Test
	void aFileCodeIsFondsCatalogueAndFileNumber() {
		assertThat(FileCode.of("H12", 3, 45).value()).isEqualTo("H12.3.45");
		assertThatIllegalArgumentException().isThrownBy(() -> new FileCode("h12.3.45"))
			.withMessageContaining("Mã hồ sơ");
		assertThatIllegalArgumentException().isThrownBy(() -> new FileCode("H12.0.45"));
	}

	@Test
	void theScheduleKeepsWhatItDoesNotNamePermanently() {
		RecordsProperties properties = new RecordsProperties(Map.of("thong-bao", "5"), "han-che", "vi");
		assertThat(properties.retentionOf("thong-bao").years()).isEqualTo(5);
		assertThat(properties.retentionOf("cong-van").years()).isEqualTo(10);
		assertThat(properties.retentionOf("quyet-dinh").permanent()).isTrue();
		assertThat(properties.retentionOf("khong-biet").permanent()).isTrue();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RecordsProperties(Map.of("thong-bao", "lâu"), "han-che", "vi"));
	}

	@Test
	void documentTypesAreFoundWithOrWithoutDiacritics() {
		assertThat(DocumentKind.codeOf("Thông báo")).isEqualTo("thong-bao");
		assertThat(DocumentKind.codeOf("quyet dinh")).isEqualTo("quyet-dinh");
		assertThat(DocumentKind.codeOf("ban-do")).isEqualTo("ban-do");
		assertThat(DocumentKind.ofCode("giay-phep").orElseThrow().typeName()).isEqualTo("Giấy phép");
	}

	@Test
	void aDescriptionListsEveryRuleItBreaks() {
		DocumentDescription bad = new DocumentDescription("97x7", "tb stnmt", LocalDate.of(2999, 1, 1), "", " ", null,
				null, "vie", 0, AccessRegime.PUBLIC, null, List.of(), Reliability.DIGITISED, null, null, null);
		assertThat(bad.problems(LocalDate.of(2026, 1, 1))).hasSize(7);
		assertThat(Reliability.ofTextSource("text-layer")).isEqualTo(Reliability.BORN_DIGITAL);
	}

}
