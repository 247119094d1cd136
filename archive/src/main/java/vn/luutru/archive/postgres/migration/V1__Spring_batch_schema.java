package vn.luutru.archive.postgres.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Creates Spring Batch's job repository tables from the script inside spring-batch-core,
 * so the job history (what ran, what failed, what was skipped) lives in the archive's own
 * database under Flyway's control instead of a copy of the script drifting from the
 * library.
 */
public class V1__Spring_batch_schema extends BaseJavaMigration {

	static final String SCRIPT = "org/springframework/batch/core/schema-postgresql.sql";

	@Override
	public void migrate(Context context) {
		ResourceDatabasePopulator populator = new ResourceDatabasePopulator(new ClassPathResource(SCRIPT));
		populator.execute(new SingleConnectionDataSource(context.getConnection(), true));
	}

}
