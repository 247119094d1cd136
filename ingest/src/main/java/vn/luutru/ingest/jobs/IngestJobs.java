package vn.luutru.ingest.jobs;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Service;

import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.catalog.IngestFailure;
import vn.luutru.archive.catalog.IngestFailures;
import vn.luutru.ingest.extraction.PagesInProgress;
import vn.luutru.ingest.intake.FolderReader;
import vn.luutru.ingest.intake.ScanFolder;

/**
 * Starts ingestion jobs and reports their progress; the one entry point the API and the
 * command line use.
 */
@Service
public class IngestJobs {

	private final JobOperator operator;

	private final Job job;

	private final JobRepository repository;

	private final Documents documents;

	private final IngestFailures failures;

	private final PagesInProgress inProgress;

	IngestJobs(JobOperator operator, Job ingestScans, JobRepository repository, Documents documents,
			IngestFailures failures, PagesInProgress inProgress) {
		this.inProgress = inProgress;
		this.operator = operator;
		this.job = ingestScans;
		this.repository = repository;
		this.documents = documents;
		this.failures = failures;
	}

	/**
	 * Starts ingesting a folder; returns at once.
	 * @param folder a folder on this server
	 * @return the new job execution id
	 * @throws IllegalArgumentException when the folder does not exist or cannot be read
	 * @throws JobNotStarted when the job repository refuses the start
	 */
	public long start(Path folder) {
		ScanFolder scanFolder = ScanFolder.of(folder);
		JobParameters parameters = new JobParametersBuilder()
			.addString(IngestJobConfiguration.FOLDER, scanFolder.path().toString())
			.addLocalDateTime(IngestJobConfiguration.REQUESTED_AT, LocalDateTime.now())
			.toJobParameters();
		try {
			return this.operator.start(this.job, parameters).getId();
		}
		catch (Exception ex) {
			throw new JobNotStarted("Cannot start ingesting " + scanFolder.path() + ": " + ex.getMessage(), ex);
		}
	}

	/** The progress of a job execution, if it exists. */
	public Optional<JobProgress> progress(long id) {
		try {
			return Optional.ofNullable(this.repository.getJobExecution(id)).map(this::progress);
		}
		catch (EmptyResultDataAccessException ex) {
			// Spring Batch 6's JDBC repository throws for an unknown id rather than
			// returning null.
			return Optional.empty();
		}
	}

	/** The most recent job executions, newest first. */
	public List<JobProgress> recent(int limit) {
		List<JobInstance> instances = this.repository.getJobInstances(IngestJobConfiguration.JOB, 0, limit);
		return instances.stream()
			.flatMap((instance) -> this.repository.getJobExecutions(instance).stream())
			.sorted(Comparator.comparing(JobExecution::getId).reversed())
			.limit(limit)
			.map(this::progress)
			.toList();
	}

	private JobProgress progress(JobExecution execution) {
		long id = execution.getId();
		StepExecution step = execution.getStepExecutions().stream().findFirst().orElse(null);
		Integer total = (step != null && step.getExecutionContext().containsKey(FolderReader.TOTAL))
				? step.getExecutionContext().getInt(FolderReader.TOTAL) : null;
		Integer pagesTotal = (step != null && step.getExecutionContext().containsKey(FolderReader.PAGES_TOTAL))
				? step.getExecutionContext().getInt(FolderReader.PAGES_TOTAL) : null;
		long pagesIndexed = this.documents.pagesAddedBy(id);
		long pagesRead = this.inProgress.pagesRead(id)
			.orElse((step != null) ? step.getExecutionContext().getLong(PagesInProgress.PAGES_READ, pagesIndexed)
					: pagesIndexed);
		String exitMessage = execution.getExitStatus().getExitDescription();
		List<IngestFailure> setAside = this.failures.of(id);
		return new JobProgress(id, execution.getJobParameters().getString(IngestJobConfiguration.FOLDER, ""),
				execution.getStatus().name(), (exitMessage == null || exitMessage.isBlank()) ? null : exitMessage,
				instant(execution.getStartTime()), instant(execution.getEndTime()), total,
				(step != null) ? step.getReadCount() + step.getReadSkipCount() : 0, this.documents.countAddedBy(id),
				(step != null) ? step.getFilterCount() : 0, setAside.stream().filter(IngestFailure::wholeFile).count(),
				pagesIndexed, pagesTotal, pagesRead, setAside);
	}

	private static java.time.@Nullable Instant instant(@Nullable LocalDateTime time) {
		return (time != null) ? time.atZone(ZoneId.systemDefault()).toInstant() : null;
	}

}
