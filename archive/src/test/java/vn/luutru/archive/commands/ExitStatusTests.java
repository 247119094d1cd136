package vn.luutru.archive.commands;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The documented exit statuses: 0 done, 1 failed, 2 could not start. */
class ExitStatusTests {

	@Test
	void statusesHaveTheDocumentedCodes() {
		assertThat(ExitStatus.DONE.code()).isZero();
		assertThat(ExitStatus.FAILED.code()).isEqualTo(1);
		assertThat(ExitStatus.NOT_STARTED.code()).isEqualTo(2);
	}

	@Test
	void aCommandsOwnCodeMapsToTheStatusAndAnyOtherCountsAsFailed() {
		assertThat(ExitStatus.of(0)).isEqualTo(ExitStatus.DONE);
		assertThat(ExitStatus.of(1)).isEqualTo(ExitStatus.FAILED);
		assertThat(ExitStatus.of(2)).isEqualTo(ExitStatus.NOT_STARTED);
		assertThat(ExitStatus.of(137)).isEqualTo(ExitStatus.FAILED);
	}

}
