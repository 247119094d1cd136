package vn.luutru.ingest.jobs;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.jdbc.store.channel.PostgresChannelMessageStoreQueryProvider;
import org.springframework.integration.store.MessageGroupQueue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.luutru.archive.jobs.IngestRequests;
import vn.luutru.ingest.intake.ScanFolder;
import vn.luutru.ingest.limits.InputLimits;

/**
 * One job's files spread over every running worker with Spring Batch's remote
 * partitioning: the worker that claimed the job splits its folder into file ranges and
 * sends each, as a {@code StepExecutionRequest}, through a channel kept in PostgreSQL
 * (Spring Integration's JDBC channel message store); every worker, the splitting one
 * included, takes requests off it and runs {@link #WORKER_STEP} over the range. The
 * splitting step learns that its partitions ended from the job repository, as the workers
 * record them there; a partition whose worker dies is sent again by
 * {@link PartitionWorker}.
 */
@Configuration(proxyBeanMethods = false)
class PartitioningConfiguration {

	static final String WORKER_STEP = "ingestPartition";

	/** The channel's messages in the channel table: one group for the partitions. */
	private static final String CHANNEL = "ingest-partitions";

	@Bean
	JdbcChannelMessageStore partitionMessageStore(DataSource dataSource) {
		JdbcChannelMessageStore store = new JdbcChannelMessageStore(dataSource);
		store.setChannelMessageStoreQueryProvider(new PostgresChannelMessageStoreQueryProvider());
		store.setRegion("luutru");
		// Only a message of a request, with its headers, is read back from the database.
		store.addAllowedPatterns("org.springframework.messaging.support.GenericMessage",
				"org.springframework.messaging.MessageHeaders", "org.springframework.integration.support.*",
				"org.springframework.batch.integration.partition.StepExecutionRequest", "java.util.*", "java.lang.*");
		return store;
	}

	@Bean
	QueueChannel partitionRequests(JdbcChannelMessageStore partitionMessageStore) {
		return new QueueChannel(new MessageGroupQueue(partitionMessageStore, CHANNEL));
	}

	@Bean
	Step ingestFilesAcrossWorkers(JobRepository jobRepository, FileRangePartitioner fileRangePartitioner,
			QueueChannel partitionRequests, PartitioningProperties properties) {
		return new StepBuilder("ingestFiles", jobRepository).partitioner(WORKER_STEP, fileRangePartitioner)
			.partitionHandler(handler(WORKER_STEP, partitionRequests, jobRepository, properties))
			.build();
	}

	/**
	 * Sends a step's partitions through the channel and learns that they ended from the
	 * job repository, where every worker records its partition: no reply channel has to
	 * outlive a worker.
	 */
	static MessageChannelPartitionHandler handler(String stepName, QueueChannel partitionRequests,
			JobRepository jobRepository, PartitioningProperties properties) {
		MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler();
		handler.setStepName(stepName);
		handler.setMessagingOperations(new MessagingTemplate(partitionRequests));
		handler.setJobRepository(jobRepository);
		handler.setPollInterval(properties.pollInterval().toMillis());
		try {
			handler.afterPropertiesSet();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return handler;
	}

	@Bean
	@StepScope
	FileRangePartitioner fileRangePartitioner(
			@Value("#{jobParameters['" + IngestJobConfiguration.FOLDER + "']}") String folder,
			@Value("#{jobParameters['" + IngestJobConfiguration.REQUEST + "']}") Long request,
			PartitioningProperties properties, IngestRequests requests, InputLimits limits) {
		return new FileRangePartitioner(ScanFolder.of(Path.of(folder)), properties.filesPerPartition(),
				requests.onlyFiles(request), limits);
	}

	@Bean
	BeanFactoryStepLocator partitionStepLocator() {
		return new BeanFactoryStepLocator();
	}

	@Bean
	PartitionWorker partitionWorker(QueueChannel partitionRequests, JobRepository jobRepository,
			BeanFactoryStepLocator partitionStepLocator, JdbcClient jdbc, PlatformTransactionManager transactionManager,
			PartitioningProperties properties, PartitionHandBack partitionHandBack) {
		StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
		handler.setJobRepository(jobRepository);
		handler.setStepLocator(partitionStepLocator);
		return new PartitionWorker(partitionRequests, handler, jobRepository, new PartitionRuns(jdbc),
				new TransactionTemplate(transactionManager), properties, partitionHandBack);
	}

	@Bean
	PartitionHandBack partitionHandBack() {
		return new PartitionHandBack();
	}

}
