package vn.luutru.archive;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.catalog.IngestFailures;
import vn.luutru.archive.catalog.PdfaConformances;
import vn.luutru.archive.fixity.Fixity;
import vn.luutru.archive.identifiers.IdentifierReader;
import vn.luutru.archive.identifiers.IdentifiersProperties;
import vn.luutru.archive.index.ElasticsearchConfiguration;
import vn.luutru.archive.index.ElasticsearchProperties;
import vn.luutru.archive.links.DossierLinks;
import vn.luutru.archive.records.ArchivalDescriptions;
import vn.luutru.archive.postgres.PostgresConfiguration;
import vn.luutru.archive.postgres.PostgresProperties;
import vn.luutru.archive.storage.Derivatives;
import vn.luutru.archive.storage.Originals;
import vn.luutru.archive.storage.PageTexts;
import vn.luutru.archive.storage.StoredFiles;

/**
 * Connects an application to the archive: its stores (starting the embedded ones unless
 * external ones are configured), the catalogue, the files on disk and the identifier
 * reader. Runs before Spring Boot's data source, Flyway and Batch auto-configuration so
 * they find the data source this provides.
 */
@AutoConfiguration(beforeName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
		"org.springframework.boot.batch.autoconfigure.BatchAutoConfiguration",
		"org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration" })
@EnableConfigurationProperties({ ServicesProperties.class, ElasticsearchProperties.class, PostgresProperties.class,
		IdentifiersProperties.class })
@Import({ ElasticsearchConfiguration.class, PostgresConfiguration.class, Documents.class, IngestFailures.class,
		PdfaConformances.class })
public class ArchiveAutoConfiguration {

	@Bean
	Originals originals(ServicesProperties services) {
		return new Originals(services.originalsDir());
	}

	@Bean
	Derivatives derivatives(ServicesProperties services) {
		return new Derivatives(services.derivativesDir());
	}

	@Bean
	StoredFiles storedFiles(JdbcClient jdbc) {
		return new StoredFiles(jdbc);
	}

	@Bean
	PageTexts pageTexts(ServicesProperties services, StoredFiles storedFiles) {
		return new PageTexts(services.derivativesDir(), storedFiles);
	}

	@Bean
	DossierLinks dossierLinks(JdbcClient jdbc) {
		return new DossierLinks(jdbc);
	}

	@Bean
	ArchivalDescriptions archivalDescriptions(JdbcClient jdbc, Environment environment) {
		// The web server's luutru.records.access-regime, so that both derive alike.
		return new ArchivalDescriptions(jdbc,
				environment.getProperty("luutru.records.access-regime", ArchivalDescriptions.DEFAULT_ACCESS_REGIME));
	}

	@Bean
	Fixity fixity(Documents documents, StoredFiles storedFiles, JdbcClient jdbc) {
		return new Fixity(documents, storedFiles, jdbc, Clock.systemUTC());
	}

	@Bean
	IdentifierReader identifierReader(IdentifiersProperties properties) {
		return new IdentifierReader(properties);
	}

}
