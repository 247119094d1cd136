package vn.luutru.ingest.worker;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class WorkerPropertiesTests {

	@Test
	void concurrentJobsAreBounded() {
		assertThatNoException().isThrownBy(() -> jobs(WorkerProperties.MAX_JOBS));
		assertThatIllegalArgumentException().isThrownBy(() -> jobs(0));
		assertThatIllegalArgumentException().isThrownBy(() -> jobs(WorkerProperties.MAX_JOBS + 1))
			.withMessage("luutru.worker.jobs must be between 1 and 16, not 17");
	}

	private static WorkerProperties jobs(int jobs) {
		return new WorkerProperties(Duration.ofSeconds(1), Duration.ofSeconds(5), jobs, Duration.ofSeconds(30),
				Duration.ofSeconds(30));
	}

}
