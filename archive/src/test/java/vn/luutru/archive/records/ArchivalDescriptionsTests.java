package vn.luutru.archive.records;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.luutru.archive.index.ArchivalTerms;
import vn.luutru.archive.index.ArchiveEntry.Identifiers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The derived description's rules, which the index's terms and the web server's proposed
 * description both take.
 */
class ArchivalDescriptionsTests {

	@Test
	void aReadDocumentGetsItsTypeIssuerAndSubject() {
		Identifiers identifiers = new Identifiers("thong-bao", 2024, List.of("977/TB-STNMT", "12/QĐ-UBND"), List.of(),
				List.of(), List.of(), List.of(LocalDate.of(2024, 3, 1)), List.of());

		ArchivalTerms terms = ArchivalDescriptions.derived(identifiers, "Về việc thu hồi đất", "Thông báo 977", "HS-01",
				"cong-khai");

		assertThat(terms)
			.isEqualTo(new ArchivalTerms("HS-01", "Thông báo", "STNMT", "cong-khai", "Về việc thu hồi đất", List.of()));
	}

	@Test
	void aDocumentNothingWasReadFromIsALetterNamedByItsTitle() {
		ArchivalTerms unread = ArchivalDescriptions.derived(null, null, "Công văn số 45", null, "han-che");
		ArchivalTerms blank = ArchivalDescriptions.derived(
				new Identifiers("khong-ro", null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
				"  ", "Công văn số 45", null, "han-che");

		assertThat(unread).isEqualTo(new ArchivalTerms(null, "Công văn", null, "han-che", "Công văn số 45", List.of()))
			.isEqualTo(blank);
	}

}
