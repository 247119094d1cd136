package vn.luutru.archive.jobs;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.dao.EmptyResultDataAccessException;

import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.catalog.IngestFailure;
import vn.luutru.archive.catalog.IngestFailures;

/**
 * Reads where ingestion jobs are, from any process: the request (queued, claimed, the
 * pages its worker last reported), the job repository (state, files counted and done) and
 * the catalogue (what was added, what was set aside). Nothing comes from the memory of
 * the process running the job.
 */
public class IngestProgress {

	/** Step execution-context key under which the job records the files in its folder. */
	public static final String FILES_TOTAL = "files.total";

	/** Step execution-context key under which the job records the pages of its files. */
	public static final String PAGES_TOTAL = "pages.total";

	/**
	 * Step execution-context key under which a finished step records the pages it read.
	 */
	public static final String PAGES_READ = "pages.read";

	private static final String ABANDONED = "ABANDONED";

	private static final String FAILED = "FAILED";

	private static final DateTimeFormatter SILENT_SINCE = DateTimeFormatter.ofPattern("HH:mm:ss 'ngày' dd/MM/yyyy");

	private final IngestRequests requests;

	private final JobRepository repository;

	private final Documents documents;

	private final IngestFailures failures;

	private final JobsProperties properties;

	private final IngestRoots roots;

	private final Clock clock;

	IngestProgress(IngestRequests requests, JobRepository repository, Documents documents, IngestFailures failures,
			JobsProperties properties, IngestRoots roots, Clock clock) {
		this.requests = requests;
		this.repository = repository;
		this.documents = documents;
		this.failures = failures;
		this.properties = properties;
		this.roots = roots;
		this.clock = clock;
	}

	/** The progress of the job with this id, if there is one. */
	public Optional<JobProgress> progress(long id) {
		return this.requests.find(id).map(this::of);
	}

	/** The most recent jobs, newest first. */
	public List<JobProgress> recent(int limit) {
		return this.requests.recent(limit).stream().map(this::of).toList();
	}

	private JobProgress of(IngestRequest request) {
		String folder = request.folder().toString();
		if (request.refused() != null) {
			return JobProgress.waiting(request.id(), folder, FAILED, request.refused());
		}
		if (!request.claimed()) {
			return JobProgress.waiting(request.id(), folder, JobProgress.QUEUED, null);
		}
		JobExecution execution = execution(request.jobExecutionId());
		if (execution == null) {
			return silent(request) ? JobProgress.waiting(request.id(), folder, ABANDONED, silence(request))
					: JobProgress.waiting(request.id(), folder, "STARTING", null);
		}
		ExecutionContext context = step(execution).map(StepExecution::getExecutionContext)
			.orElseGet(ExecutionContext::new);
		List<StepExecution> fileSteps = fileSteps(execution);
		// A job taken over from a dead worker went on in a new execution of the same
		// instance: the counts are the instance's, every run together.
		List<JobExecution> runs = runs(execution);
		List<Long> ids = runs.stream().map(JobExecution::getId).toList();
		long pagesIndexed = ids.stream().mapToLong(this.documents::pagesAddedBy).sum();
		List<IngestFailure> setAside = ids.stream()
			.flatMap((id) -> this.failures.of(id).stream())
			.map((failure) -> shown(failure, request.folder()))
			.toList();
		String status = execution.getStatus().name();
		String exitMessage = JobFailureReason.of(execution.getExitStatus().getExitDescription());
		boolean running = !JobProgress.isFinal(status);
		if (running && silent(request)) {
			status = ABANDONED;
			exitMessage = silence(request);
		}
		// A running step commits its counts file by file, minutes apart for a long
		// report;
		// its worker's heartbeat moves with every page.
		long pagesRead = running ? Math.max(request.pagesRead(), pagesIndexed)
				: context.getLong(PAGES_READ, Math.max(request.pagesRead(), pagesIndexed));
		long filesDone = runs.stream()
			.flatMap((run) -> fileSteps(run).stream())
			.mapToLong((step) -> step.getReadCount() + step.getReadSkipCount())
			.sum();
		long duplicates = runs.stream()
			.flatMap((run) -> fileSteps(run).stream())
			.mapToLong(StepExecution::getFilterCount)
			.sum();
		return new JobProgress(request.id(), folder, status, exitMessage, instant(execution.getStartTime()),
				instant(execution.getEndTime()), total(execution, fileSteps, FILES_TOTAL), filesDone,
				ids.stream().mapToLong(this.documents::countAddedBy).sum(), duplicates,
				setAside.stream().filter(IngestFailure::wholeFile).count(), pagesIndexed,
				total(execution, fileSteps, PAGES_TOTAL), pagesRead, setAside, running ? request.waitingFor() : null);
	}

	private IngestFailure shown(IngestFailure failure, Path folder) {
		return failure.at(this.roots.shown(failure.sourcePath(), folder));
	}

	/** Every execution of the job's instance, this one among them. */
	private List<JobExecution> runs(JobExecution execution) {
		List<JobExecution> all = (execution.getJobInstance() != null)
				? this.repository.getJobExecutions(execution.getJobInstance()) : List.of();
		if (all == null || all.stream().noneMatch((run) -> run.getId() == execution.getId())) {
			return List.of(execution);
		}
		return all;
	}

	private @Nullable JobExecution execution(@Nullable Long id) {
		if (id == null) {
			return null;
		}
		try {
			return this.repository.getJobExecution(id);
		}
		catch (EmptyResultDataAccessException ex) {
			// Spring Batch 6's JDBC repository throws for an unknown id rather than
			// returning null.
			return null;
		}
	}

	private boolean silent(IngestRequest request) {
		Instant heartbeat = request.heartbeatAt();
		return heartbeat != null
				&& heartbeat.plus(this.properties.heartbeatTimeout()).isBefore(Instant.now(this.clock));
	}

	private String silence(IngestRequest request) {
		Instant heartbeat = Objects.requireNonNull(request.heartbeatAt());
		return "Máy xử lý " + request.claimedBy() + " không còn báo tiến độ từ "
				+ SILENT_SINCE.withZone(this.clock.getZone()).format(heartbeat)
				+ "; một máy xử lý khác đang chạy sẽ nhận lượt nhập này và chạy tiếp từ tệp đang dở"
				+ " (thư mục vẫn thuộc lượt này cho đến khi xong).";
	}

	private static Optional<StepExecution> step(JobExecution execution) {
		return execution.getStepExecutions().stream().findFirst();
	}

	/**
	 * The steps that read files: the file-range partitions of a job spread over several
	 * workers (named {@code step:files…}; its page ranges, {@code step:pages…}, read no
	 * file), else its one step.
	 */
	private static List<StepExecution> fileSteps(JobExecution execution) {
		List<StepExecution> partitions = execution.getStepExecutions()
			.stream()
			.filter((step) -> step.getStepName().contains(":files"))
			.toList();
		return partitions.isEmpty() ? step(execution).stream().toList() : partitions;
	}

	/**
	 * A count the file steps record, summed; while a job spreading its large files' pages
	 * has no file range yet, the whole folder's count its page ranges carry.
	 */
	private static @Nullable Integer total(JobExecution execution, List<StepExecution> fileSteps, String key) {
		Integer files = total(fileSteps, key);
		if (files != null) {
			return files;
		}
		return execution.getStepExecutions()
			.stream()
			.filter((step) -> step.getStepName().contains(":pages"))
			.map((step) -> integer(step.getExecutionContext(), key))
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	/** A count the file steps record, summed; unknown until every one has it. */
	private static @Nullable Integer total(List<StepExecution> steps, String key) {
		long sum = 0;
		for (StepExecution step : steps) {
			Integer count = integer(step.getExecutionContext(), key);
			if (count == null) {
				return null;
			}
			sum += count;
		}
		return steps.isEmpty() ? null : (int) Math.min(Integer.MAX_VALUE, sum);
	}

	private static @Nullable Integer integer(ExecutionContext context, String key) {
		return context.containsKey(key) ? context.getInt(key) : null;
	}

	private static @Nullable Instant instant(@Nullable LocalDateTime time) {
		return (time != null) ? time.atZone(ZoneId.systemDefault()).toInstant() : null;
	}

}
