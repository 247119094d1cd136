package vn.luutru.archive.postgres;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.luutru.archive.ServicesProperties;
import vn.luutru.archive.process.ServiceFailed;
import vn.luutru.archive.process.ServiceUser;

/**
 * The archive's data source, backed by the embedded server or an external one, migrated
 * by Flyway.
 */
@Configuration(proxyBeanMethods = false)
public class PostgresConfiguration {

	@Bean(initMethod = "start", destroyMethod = "stop")
	@ConditionalOnProperty(name = "luutru.postgres.mode", havingValue = "embedded", matchIfMissing = true)
	EmbeddedPostgres embeddedPostgres(PostgresProperties properties, ServicesProperties services) {
		ServiceUser user = ServiceUser.forCurrentProcess(services.serviceUser());
		return new EmbeddedPostgres(services.dataDir().resolve("postgres"), properties.embedded(), user);
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(PostgresProperties properties, ObjectProvider<EmbeddedPostgres> embedded) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setPoolName("luutru");
		dataSource.setMaximumPoolSize(properties.poolSize());
		EmbeddedPostgres server = embedded.getIfAvailable();
		if (server != null) {
			dataSource.setJdbcUrl(server.jdbcUrl());
			dataSource.setUsername(server.applicationUsername());
			dataSource.setPassword(server.applicationPassword());
			return dataSource;
		}
		PostgresProperties.External external = properties.external();
		if (external.url() == null) {
			throw new ServiceFailed("luutru.postgres.mode=external needs luutru.postgres.external.url");
		}
		dataSource.setJdbcUrl(external.url());
		dataSource.setUsername(external.username());
		dataSource.setPassword(external.password());
		return dataSource;
	}

	/** Dumps and restores, as the role that owns the schema. */
	@Bean
	DatabaseDumps databaseDumps(PostgresProperties properties, ObjectProvider<EmbeddedPostgres> embedded) {
		@Nullable Path binDir = properties.embedded().binDir();
		EmbeddedPostgres server = embedded.getIfAvailable();
		if (server != null) {
			return new DatabaseDumps(binDir, server.jdbcUrl(), server.username(), server.password());
		}
		PostgresProperties.External external = properties.external();
		if (external.url() == null) {
			throw new ServiceFailed("luutru.postgres.mode=external needs luutru.postgres.external.url");
		}
		boolean owner = external.migrationUsername() != null;
		return new DatabaseDumps(binDir, external.url(),
				Objects.requireNonNull(owner ? external.migrationUsername() : external.username(),
						"luutru.postgres.external.username"),
				owner ? external.migrationPassword() : external.password());
	}

	/**
	 * Migrations run as the role that owns the schema, and grant the application's role
	 * what it may do after each run. Against an external server with no migration role
	 * configured, both are the one configured user.
	 */
	@Bean
	FlywayConfigurationCustomizer luutruMigrations(PostgresProperties properties,
			ObjectProvider<EmbeddedPostgres> embedded) {
		EmbeddedPostgres server = embedded.getIfAvailable();
		PostgresProperties.External external = properties.external();
		return (configuration) -> {
			// SQL per feature under db/migration/<feature>, plus Java migrations that run
			// schema scripts shipped inside our dependencies (Spring Batch) rather than
			// copies of them.
			configuration.locations("classpath:db/migration", "classpath:vn/luutru/archive/postgres/migration");
			if (server != null) {
				configuration.dataSource(server.jdbcUrl(), server.username(), server.password());
				configuration.placeholders(Map.of("applicationRole", server.applicationUsername()));
			}
			else {
				if (external.migrationUsername() != null) {
					configuration.dataSource(external.url(), external.migrationUsername(),
							external.migrationPassword());
				}
				configuration.placeholders(
						Map.of("applicationRole", (external.username() != null) ? external.username() : "luutru_app"));
			}
		};
	}

}
