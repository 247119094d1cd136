package vn.luutru.stores;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

import vn.luutru.stores.elasticsearch.ElasticsearchConfiguration;
import vn.luutru.stores.elasticsearch.ElasticsearchProperties;
import vn.luutru.stores.postgres.PostgresConfiguration;
import vn.luutru.stores.postgres.PostgresProperties;

/**
 * Connects an application to the archive's stores, starting the embedded ones unless
 * external ones are configured. Runs before Spring Boot's data source, Flyway and Batch
 * auto-configuration so they find the data source this provides.
 */
@AutoConfiguration(beforeName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
		"org.springframework.boot.batch.autoconfigure.BatchAutoConfiguration",
		"org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration" })
@EnableConfigurationProperties({ ServicesProperties.class, ElasticsearchProperties.class, PostgresProperties.class })
@Import({ ElasticsearchConfiguration.class, PostgresConfiguration.class })
public class StoresAutoConfiguration {

}
