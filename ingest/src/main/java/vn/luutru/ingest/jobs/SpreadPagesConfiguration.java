package vn.luutru.ingest.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.luutru.archive.jobs.IngestRequests;
import vn.luutru.ingest.extraction.ExtractionProperties;
import vn.luutru.ingest.extraction.PageRecognition;
import vn.luutru.ingest.extraction.PagesInProgress;
import vn.luutru.ingest.extraction.SharedPages;
import vn.luutru.ingest.intake.ScanFolder;
import vn.luutru.ingest.limits.InputLimits;
import vn.luutru.ingest.ocr.OcrProperties;
import vn.luutru.ingest.ocr.TextRecognizers;

/**
 * A partitioned job's large PDFs and multi-page TIFFs have their pages' OCR spread over
 * the workers before the files are assembled: a first step splits those pages into ranges
 * sent through the same partition channel as the file ranges
 * ({@link PartitioningConfiguration}), any worker OCRs a range into {@code shared_pages},
 * and the file step's extraction takes each page from there. A range whose worker dies is
 * sent again like any partition, and the worker that goes on with it skips the pages
 * already kept.
 */
@Configuration(proxyBeanMethods = false)
class SpreadPagesConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SpreadPagesConfiguration.class);

	static final String RANGE_STEP = "ocrPageRange";

	@Bean
	Step spreadPagesAcrossWorkers(JobRepository jobRepository, PageRangePartitioner pageRangePartitioner,
			QueueChannel partitionRequests, PartitioningProperties properties) {
		return new StepBuilder("spreadPages", jobRepository).partitioner(RANGE_STEP, pageRangePartitioner)
			.partitionHandler(
					PartitioningConfiguration.handler(RANGE_STEP, partitionRequests, jobRepository, properties))
			.build();
	}

	@Bean
	Step ocrPageRange(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PageRangeTasklet pageRangeTasklet, PartitionHandBack partitionHandBack) {
		return new StepBuilder(RANGE_STEP, jobRepository).tasklet(pageRangeTasklet, transactionManager)
			.listener(partitionHandBack)
			.build();
	}

	@Bean
	@StepScope
	PageRangePartitioner pageRangePartitioner(
			@Value("#{jobParameters['" + IngestJobConfiguration.FOLDER + "']}") String folder,
			@Value("#{jobParameters['" + IngestJobConfiguration.REQUEST + "']}") Long request,
			PartitioningProperties properties, IngestRequests requests, InputLimits limits) {
		return new PageRangePartitioner(ScanFolder.of(Path.of(folder)), requests.onlyFiles(request), limits,
				properties.spreadPagesFrom(), properties.pagesPerRange());
	}

	@Bean
	@StepScope
	PageRangeTasklet pageRangeTasklet(@Value("#{jobParameters['" + IngestJobConfiguration.FOLDER + "']}") String folder,
			@Value("#{jobParameters['" + IngestJobConfiguration.REQUEST + "']}") Long request,
			@Value("#{stepExecutionContext['" + PageRangePartitioner.FILE + "']}") Integer file,
			@Value("#{stepExecutionContext['" + PageRangePartitioner.FIRST + "']}") Integer first,
			@Value("#{stepExecutionContext['" + PageRangePartitioner.LAST + "']}") Integer last,
			IngestRequests requests, OcrProperties ocr, ExtractionProperties extraction, InputLimits limits,
			JdbcClient jdbc, PlatformTransactionManager transactionManager, @Value("${luutru.worker.jobs:1}") int jobs,
			PagesInProgress pagesInProgress) {
		return new PageRangeTasklet(ScanFolder.of(Path.of(folder)), requests.onlyFiles(request),
				new PageRangeTasklet.Range(file, first, last),
				() -> new PageRecognition(() -> TextRecognizers.create(ocr), ocr.dpi(),
						IngestJobConfiguration.ocrThreads(ocr, jobs)),
				extraction, limits, sharedPages(jdbc, transactionManager, request), pagesInProgress);
	}

	/**
	 * The job's pages are forgotten once it has completed: nothing will read them again.
	 * Any job's end also forgets the pages of requests left idle longer than
	 * {@code shared-pages-kept}, whose jobs failed and were not run again: without it
	 * their text would stay in PostgreSQL for ever.
	 */
	@Bean
	JobExecutionListener sharedPagesCleanUp(JdbcClient jdbc, PlatformTransactionManager transactionManager,
			PartitioningProperties properties) {
		return new JobExecutionListener() {
			@Override
			public void afterJob(JobExecution execution) {
				Long request = execution.getJobParameters().getLong(IngestJobConfiguration.REQUEST);
				if (execution.getStatus() == BatchStatus.COMPLETED && request != null) {
					new SharedPageRows(jdbc, new TransactionTemplate(transactionManager), request, thisWorker())
						.forget();
				}
				int forgotten = SharedPageRows.forgetIdle(jdbc, properties.sharedPagesKept());
				if (forgotten > 0) {
					log.info("Forgot {} OCR'd pages of jobs idle for over {}", forgotten, properties.sharedPagesKept());
				}
			}
		};
	}

	/** A request's shared pages, each written in a transaction of its own. */
	static SharedPages sharedPages(JdbcClient jdbc, PlatformTransactionManager transactionManager, long request) {
		TransactionTemplate apart = new TransactionTemplate(transactionManager);
		apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return new SharedPageRows(jdbc, apart, request, thisWorker());
	}

	/** This process as the worker that read a page: host and process id. */
	static String thisWorker() {
		try {
			return InetAddress.getLocalHost().getHostName() + ":" + ProcessHandle.current().pid();
		}
		catch (UnknownHostException ex) {
			return "localhost:" + ProcessHandle.current().pid();
		}
	}

}
