package vn.luutru.archive.commands;

import java.net.ConnectException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;

import vn.luutru.archive.process.ServiceFailed;

import static org.assertj.core.api.Assertions.assertThat;

/** A failure told in one line, whatever depth it was thrown at. */
class FailureReasonTests {

	@Test
	void aStoreThatFailedIsToldByItsOwnMessagesFirstLine() {
		Exception failure = new BeanCreationException("postgres", "Error creating bean",
				new ServiceFailed("Command failed (exit 1): pg_ctl start\nlog line 1\nlog line 2"));
		assertThat(FailureReason.of(failure)).isEqualTo("Command failed (exit 1): pg_ctl start");
	}

	@Test
	void aMessageWhoseFirstLineLeadsIntoTheRestSaysWhereTheRestIs() {
		Exception failure = new BeanCreationException("elasticsearch", "Error creating bean",
				new ServiceFailed("Elasticsearch failed to start:\nwarning: ignoring JAVA_HOME\nERROR: died"));
		assertThat(FailureReason.of(failure)).isEqualTo("Elasticsearch failed to start (--debug để xem chi tiết)");
	}

	@Test
	void otherwiseTheDeepestCauseIsToldWithItsType() {
		Exception failure = new BeanCreationException("dataSource", "Error creating bean",
				new IllegalStateException("pool", new ConnectException("Connection refused")));
		assertThat(FailureReason.of(failure)).isEqualTo("ConnectException: Connection refused");
	}

	@Test
	void aCauseWithoutMessageIsToldByItsType() {
		assertThat(FailureReason.of(new RuntimeException(new NullPointerException())))
			.isEqualTo("NullPointerException");
	}

	@Test
	void aLongMessageIsCut() {
		assertThat(FailureReason.of(new IllegalStateException("x".repeat(1000)))).hasSizeLessThanOrEqualTo(300)
			.endsWith("… (--debug để xem chi tiết)");
	}

}
