package vn.luutru.archive.jobs;

import java.time.Clock;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import vn.luutru.archive.ServicesProperties;
import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.catalog.IngestFailures;

/**
 * The ingestion requests, and their progress wherever a job repository is configured:
 * after Spring Boot's Batch auto-configuration, which provides it in both applications.
 */
@AutoConfiguration(afterName = "org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration")
@EnableConfigurationProperties({ JobsProperties.class, IngestRootsProperties.class })
public class JobsAutoConfiguration {

	@Bean
	IngestRequests ingestRequests(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
		return new IngestRequests(jdbc, transactionManager);
	}

	@Bean
	OcrWork ocrWork(JdbcClient jdbc) {
		return new OcrWork(jdbc);
	}

	@Bean
	IngestRetries ingestRetries(IngestRequests requests, IngestRoots roots, JdbcClient jdbc) {
		return new IngestRetries(requests, roots, jdbc);
	}

	@Bean
	IngestRoots ingestRoots(IngestRootsProperties properties, ServicesProperties services) {
		return IngestRoots.of(properties, services.dataDir());
	}

	@Bean
	@ConditionalOnBean(JobRepository.class)
	IngestProgress ingestProgress(IngestRequests requests, JobRepository repository, Documents documents,
			IngestFailures failures, JobsProperties properties, IngestRoots roots) {
		return new IngestProgress(requests, repository, documents, failures, properties, roots,
				Clock.systemDefaultZone());
	}

}
