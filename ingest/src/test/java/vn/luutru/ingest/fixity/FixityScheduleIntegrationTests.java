package vn.luutru.ingest.fixity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.luutru.archive.fixity.FixityReport;
import vn.luutru.archive.support.TestStores;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduled check against the real PostgreSQL: it runs when no other worker holds the
 * advisory lock and leaves the check to the one that does.
 */
@SpringBootTest(classes = FixityScheduleIntegrationTests.Schedule.class,
		properties = { "spring.batch.job.enabled=false", "luutru.fixity.schedule=-" })
class FixityScheduleIntegrationTests {

	@DynamicPropertySource
	static void stores(DynamicPropertyRegistry registry) {
		TestStores.register(registry, "ingest");
	}

	@Autowired
	FixitySchedule schedule;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCheckRunsAsScheduleWhenNoOtherWorkerRunsOne() {
		FixityReport report = this.schedule.runIfFree();

		assertThat(report).isNotNull();
		assertThat(report.startedBy()).isEqualTo("schedule");
		assertThat(report.finishedAt()).isNotNull();
	}

	@Test
	void aWorkerThatCannotHaveTheLockLeavesTheCheckToTheOneThatHasIt() {
		Long before = this.jdbc.queryForObject("SELECT count(*) FROM fixity_checks", Long.class);

		FixityReport skipped = this.jdbc.execute((ConnectionCallback<FixityReport>) (connection) -> {
			// Another worker's session holds the lock for the whole call.
			try (var statement = connection.createStatement()) {
				statement.execute("SELECT pg_advisory_lock(" + FixitySchedule.LOCK + ")");
			}
			try {
				return this.schedule.runIfFree();
			}
			finally {
				try (var statement = connection.createStatement()) {
					statement.execute("SELECT pg_advisory_unlock(" + FixitySchedule.LOCK + ")");
				}
			}
		});

		assertThat(skipped).isNull();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM fixity_checks", Long.class)).isEqualTo(before);
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(FixityConfiguration.class)
	static class Schedule {

	}

}
