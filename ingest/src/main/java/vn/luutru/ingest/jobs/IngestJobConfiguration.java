package vn.luutru.ingest.jobs;

import java.nio.file.Path;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.CompositeItemProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.batch.autoconfigure.BatchTaskExecutor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.corrections.PageCorrections;
import vn.luutru.ingest.indexing.IndexReconciliation;
import vn.luutru.archive.catalog.PdfaConformances;
import vn.luutru.archive.catalog.IngestFailures;
import vn.luutru.ingest.extraction.Extraction;
import vn.luutru.ingest.extraction.ExtractionProcessor;
import vn.luutru.ingest.extraction.ExtractionProperties;
import vn.luutru.ingest.extraction.PageRecognition;
import vn.luutru.ingest.extraction.PagesInProgress;
import vn.luutru.ingest.extraction.SharedPages;
import vn.luutru.archive.jobs.OcrWork;
import vn.luutru.archive.identifiers.IdentifierReader;
import vn.luutru.archive.identifiers.IdentifiersProperties;
import vn.luutru.ingest.searchable.SearchablePdfProperties;
import vn.luutru.ingest.searchable.SearchablePdfs;
import vn.luutru.ingest.metadata.MetadataReader;
import vn.luutru.ingest.ocr.OcrProperties;
import vn.luutru.ingest.ocr.TextRecognizers;
import vn.luutru.ingest.indexing.ArchiveWriter;
import vn.luutru.ingest.indexing.EntryIngester;
import vn.luutru.ingest.indexing.IndexUnavailable;
import vn.luutru.ingest.indexing.IndexingProperties;
import vn.luutru.ingest.indexing.WaitingNote;
import vn.luutru.archive.jobs.IngestRequests;
import vn.luutru.archive.storage.Derivatives;
import vn.luutru.archive.storage.PageTexts;
import vn.luutru.archive.storage.StoredFiles;
import vn.luutru.ingest.maps.MapPages;
import vn.luutru.ingest.maps.PageTilesProperties;
import vn.luutru.ingest.maps.Tiler;
import vn.luutru.ingest.maps.TilingProperties;
import vn.luutru.archive.storage.Originals;
import vn.luutru.ingest.intake.FingerprintProcessor;
import vn.luutru.ingest.intake.FolderReader;
import vn.luutru.ingest.intake.ScanFolder;
import vn.luutru.ingest.intake.ScannedFile;
import vn.luutru.ingest.limits.InputLimits;
import vn.luutru.archive.ServicesProperties;
import vn.luutru.archive.index.ArchiveIndex;

/**
 * The ingestion job: one step whose item is a scanned file, read from the folder, then
 * processed step by step: fingerprinted (duplicates filtered), extracted (text layer or
 * OCR), made a searchable PDF/A, its word boxes kept, its large pages tiled, its
 * identifiers read; and written to the originals store, the catalogue and the archive
 * index. Each file commits on its own, so progress is visible file by file and a failure
 * costs one file, never the batch.
 *
 * <p>
 * A file that cannot be read is an outcome each later step passes on and the writer
 * records; any other exception sets its file aside through the skip listener.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ OcrProperties.class, ExtractionProperties.class, SearchablePdfProperties.class,
		IdentifiersProperties.class, IndexingProperties.class, InputLimits.class, PartitioningProperties.class })
class IngestJobConfiguration {

	static final String JOB = "ingestScans";

	static final String FOLDER = "folder";

	static final String REQUEST = "request";

	@Bean
	Job ingestScans(JobRepository jobRepository, Step ingestFiles, Step ingestFilesAcrossWorkers,
			Step spreadPagesAcrossWorkers, JobExecutionListener sharedPagesCleanUp,
			PartitioningProperties partitioning) {
		if (!partitioning.enabled()) {
			// Pages a partitioned run left behind are forgotten all the same.
			return new JobBuilder(JOB, jobRepository).listener(sharedPagesCleanUp).start(ingestFiles).build();
		}
		// Large files' pages first, spread over the workers; then the files, each
		// assembled from those pages by whichever worker takes its range.
		return new JobBuilder(JOB, jobRepository).listener(sharedPagesCleanUp)
			.start(spreadPagesAcrossWorkers)
			.next(ingestFilesAcrossWorkers)
			.build();
	}

	@Bean
	Step ingestFiles(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			FolderReader folderReader, CompositeItemProcessor<ScannedFile, Extraction> fileProcessor,
			ExtractionProcessor extractionProcessor, ArchiveWriter archiveWriter, SetAsideListener setAsideListener) {
		return filesStep("ingestFiles", jobRepository, transactionManager, folderReader, fileProcessor,
				extractionProcessor, archiveWriter, setAsideListener);
	}

	/**
	 * The same step over one partition of the folder, run by whichever worker takes the
	 * partition off the channel (see {@link PartitioningConfiguration}).
	 */
	@Bean
	Step ingestPartition(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			FolderReader folderReader, CompositeItemProcessor<ScannedFile, Extraction> fileProcessor,
			ExtractionProcessor extractionProcessor, ArchiveWriter archiveWriter, SetAsideListener setAsideListener,
			PartitionHandBack partitionHandBack) {
		AbstractStep step = (AbstractStep) filesStep(PartitioningConfiguration.WORKER_STEP, jobRepository,
				transactionManager, folderReader, fileProcessor, extractionProcessor, archiveWriter, setAsideListener);
		step.registerStepExecutionListener(partitionHandBack);
		return step;
	}

	private static Step filesStep(String name, JobRepository jobRepository,
			PlatformTransactionManager transactionManager, FolderReader folderReader,
			CompositeItemProcessor<ScannedFile, Extraction> fileProcessor, ExtractionProcessor extractionProcessor,
			ArchiveWriter archiveWriter, SetAsideListener setAsideListener) {
		return new StepBuilder(name, jobRepository).<ScannedFile, Extraction>chunk(1)
			.transactionManager(transactionManager)
			.reader(folderReader)
			.processor(fileProcessor)
			.writer(archiveWriter)
			.listener(archiveWriter)
			.listener(extractionProcessor)
			.faultTolerant()
			// An Elasticsearch away for too long is nothing wrong with the file: the job
			// fails, to be resumed, rather than set the file aside. Errors are not
			// skipped
			// here: the extraction contains those a file causes and sets it aside as an
			// outcome; any other Error is the worker's own and stops the job.
			.skipPolicy((failure, skipped) -> failure instanceof Exception && !(failure instanceof IndexUnavailable))
			.skipListener(setAsideListener)
			.listener(setAsideListener)
			.build();
	}

	@Bean
	@StepScope
	FolderReader folderReader(@Value("#{jobParameters['" + FOLDER + "']}") String folder,
			@Value("#{jobParameters['" + REQUEST + "']}") Long request, InputLimits limits, IngestRequests requests,
			@Value("#{stepExecutionContext['" + FileRangePartitioner.FROM + "']}") @Nullable Integer from,
			@Value("#{stepExecutionContext['" + FileRangePartitioner.TO + "']}") @Nullable Integer to) {
		// A retry reads only the files it names; a partition reads its range of those (or
		// of the folder), the unpartitioned step all of them.
		ScanFolder scans = ScanFolder.of(Path.of(folder));
		List<Path> only = requests.onlyFiles(request);
		return (from != null && to != null) ? new FolderReader(scans, limits, only, from, to)
				: new FolderReader(scans, limits, only);
	}

	@Bean
	@StepScope
	CompositeItemProcessor<ScannedFile, Extraction> fileProcessor(Documents documents,
			ExtractionProcessor extractionProcessor, Derivatives derivatives, SearchablePdfProperties searchablePdf,
			Tiler tiler, TilingProperties tiling, IdentifierReader identifierReader, StoredFiles storedFiles,
			InputLimits limits, PageTexts pageTexts, PageCorrections corrections, PdfaConformances conformances,
			PageTilesProperties pageTiles) {
		List<org.springframework.batch.infrastructure.item.ItemProcessor<?, ?>> steps = new java.util.ArrayList<>();
		steps.add(new FingerprintProcessor(documents));
		steps.add(extractionProcessor);
		steps.addAll(DerivativeSteps.of(corrections, new SearchablePdfs(searchablePdf, limits.maxRenderPixels()),
				derivatives, storedFiles, tiler, tiling.pdfDpi(), pageTexts, identifierReader, conformances, pageTiles,
				limits.maxRenderPixels()));
		return new CompositeItemProcessor<>(steps);
	}

	/** Reads one catalogued document again, for {@code luutru reocr}. */
	@Bean
	DocumentReread documentReread(Documents documents, MetadataReader metadataReader, OcrProperties ocr,
			ExtractionProperties extraction, InputLimits limits, SearchablePdfProperties searchablePdf,
			Derivatives derivatives, StoredFiles storedFiles, Tiler tiler, TilingProperties tiling,
			IdentifierReader identifierReader, PageTexts pageTexts, PageCorrections corrections,
			PdfaConformances conformances, IndexReconciliation index, PageTilesProperties pageTiles) {
		return new DocumentReread(documents, () -> {
			PageRecognition recognition = new PageRecognition(() -> TextRecognizers.create(ocr), ocr.dpi(),
					ocr.effectiveWorkers());
			return new DocumentReread.Reader(recognition,
					new ExtractionProcessor(metadataReader, recognition, extraction, limits,
							new MapPages(recognition, extraction), new PagesInProgress(),
							searchablePdf.enabled() ? searchablePdf.jpegQuality() : null));
		}, DerivativeSteps.of(corrections, new SearchablePdfs(searchablePdf, limits.maxRenderPixels()), derivatives,
				storedFiles, tiler, tiling.pdfDpi(), pageTexts, identifierReader, conformances, pageTiles,
				limits.maxRenderPixels()), index);
	}

	@Bean
	MetadataReader metadataReader() {
		return new MetadataReader();
	}

	@Bean
	@StepScope
	ExtractionProcessor extractionProcessor(MetadataReader metadataReader, OcrProperties ocr,
			ExtractionProperties extraction, InputLimits limits, PagesInProgress inProgress,
			SearchablePdfProperties searchablePdf, @Value("${luutru.worker.jobs:1}") int jobs,
			PartitioningProperties partitioning, JdbcClient jdbc, PlatformTransactionManager transactionManager,
			@Value("#{jobParameters['" + REQUEST + "']}") Long request) {
		PageRecognition recognition = new PageRecognition(() -> TextRecognizers.create(ocr), ocr.dpi(),
				ocrThreads(ocr, jobs));
		SharedPages shared = partitioning.enabled()
				? SpreadPagesConfiguration.sharedPages(jdbc, transactionManager, request) : SharedPages.NONE;
		return new ExtractionProcessor(metadataReader, recognition, extraction, limits,
				new MapPages(recognition, extraction), inProgress,
				searchablePdf.enabled() ? searchablePdf.jpegQuality() : null, shared);
	}

	/**
	 * Each job's share of the process's OCR threads: a worker running several jobs at
	 * once splits {@code luutru.ocr.workers} (one per core by default) among them, so
	 * that jobs × threads stays within what is configured rather than multiplying it. The
	 * jobs setting is read as a plain property: it belongs to the worker, which depends
	 * on this package, not the other way round.
	 */
	static int ocrThreads(OcrProperties ocr, int jobs) {
		return Math.max(1, ocr.effectiveWorkers() / Math.max(1, jobs));
	}

	/**
	 * The pages being read, and the OCR time of every file read into {@code ocr_work}.
	 */
	@Bean
	PagesInProgress pagesInProgress(OcrWork ocrWork) {
		String machine = OcrWork.thisMachine();
		return new PagesInProgress((pages, nanos, perBucket) -> ocrWork.add(machine, pages, nanos / 1e9, perBucket));
	}

	@Bean
	@StepScope
	ArchiveWriter archiveWriter(ElasticsearchClient client, ArchiveIndex index, Documents documents,
			IngestFailures failures, Originals originals, IndexingProperties indexing, IngestRequests requests,
			PlatformTransactionManager transactionManager, @Value("#{jobParameters['" + REQUEST + "']}") Long request) {
		// The note is written in a transaction of its own: the chunk's, which it is
		// about,
		// stays open while the index is waited for.
		TransactionTemplate apart = new TransactionTemplate(transactionManager);
		apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		WaitingNote note = (why) -> apart.executeWithoutResult((status) -> requests.waiting(request, why));
		return new ArchiveWriter(originals, documents, failures, new EntryIngester(client, index, indexing, note));
	}

	@Bean
	@StepScope
	SetAsideListener setAsideListener(IngestFailures failures) {
		return new SetAsideListener(failures);
	}

	/**
	 * Jobs run beside the caller: the API answers at once and the command line polls for
	 * progress.
	 */
	@Bean
	@BatchTaskExecutor
	TaskExecutor ingestTaskExecutor() {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("ingest-");
		executor.setVirtualThreads(false);
		return executor;
	}

}
