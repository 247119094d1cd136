package vn.luutru.ingest.fixity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FixityPropertiesTests {

	@Test
	void aCronScheduleRunsAndADashNever() {
		assertThat(new FixityProperties(FixityProperties.WEEKLY).scheduled()).isTrue();
		assertThat(new FixityProperties(" - ").scheduled()).isFalse();
	}

	@Test
	void anythingElseIsRefusedNamingTheSetting() {
		assertThatIllegalArgumentException().isThrownBy(() -> new FixityProperties("weekly"))
			.withMessageContaining("luutru.fixity.schedule")
			.withMessageContaining("'weekly'");
	}

}
