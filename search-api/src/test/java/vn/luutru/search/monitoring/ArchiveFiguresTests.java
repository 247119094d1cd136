package vn.luutru.search.monitoring;

import org.junit.jupiter.api.Test;

import vn.luutru.archive.catalog.SetAsideKind;

import static org.assertj.core.api.Assertions.assertThat;

class ArchiveFiguresTests {

	@Test
	void everyKindIsCountedAndOneThisVersionDoesNotKnowCountsAsOther() {
		var byReason = ArchiveFigures.byReason("encrypted=3,other=1,some-newer-kind=2");

		assertThat(byReason).hasSize(SetAsideKind.values().length)
			.containsEntry("encrypted", 3L)
			.containsEntry("other", 3L)
			.containsEntry("too-many-pages", 0L);
	}

	@Test
	void noFileSetAsideIsZeroForEveryKind() {
		assertThat(ArchiveFigures.byReason(null)).hasSize(SetAsideKind.values().length).allSatisfy((kind, count) -> {
			assertThat(count).isZero();
		});
	}

}
