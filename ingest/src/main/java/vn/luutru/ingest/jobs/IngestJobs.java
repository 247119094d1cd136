package vn.luutru.ingest.jobs;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.NoSuchJobExecutionException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.luutru.archive.jobs.FolderBusy;
import vn.luutru.archive.jobs.FolderRefused;
import vn.luutru.archive.jobs.IngestRequest;
import vn.luutru.archive.jobs.IngestRequests;
import vn.luutru.archive.jobs.IngestRoots;
import vn.luutru.ingest.extraction.PagesInProgress;

/**
 * Runs the ingestion job of claimed requests in this process, and reports how far each
 * has gone to the request, where other processes read it.
 */
@Service
public class IngestJobs {

	private static final Logger log = LoggerFactory.getLogger(IngestJobs.class);

	private final JobOperator operator;

	private final Job job;

	private final JobRepository repository;

	private final IngestRequests requests;

	private final PagesInProgress inProgress;

	private final IngestRoots roots;

	IngestJobs(JobOperator operator, Job ingestScans, JobRepository repository, IngestRequests requests,
			PagesInProgress inProgress, IngestRoots roots) {
		this.operator = operator;
		this.job = ingestScans;
		this.repository = repository;
		this.requests = requests;
		this.inProgress = inProgress;
		this.roots = roots;
	}

	/**
	 * Records a request for a folder, already claimed by this worker: for a command that
	 * runs the job itself rather than leave it to the polling workers.
	 * @throws FolderRefused when the folder may not be ingested (outside the ingest
	 * roots, the archive's own data, relative, missing or not readable)
	 * @throws FolderBusy when the folder, one inside it or one containing it has a job
	 * queued or running
	 */
	public IngestRequest requestHere(Path folder, String requestedBy, String worker) {
		return this.requests.requestClaimed(this.roots.check(folder).path(), requestedBy, worker);
	}

	/**
	 * Claims, for this worker, a request whose job failed part-way, to go on with it: for
	 * a command that runs it itself.
	 * @throws vn.luutru.archive.jobs.NothingToResume when its job did not fail
	 * @throws FolderBusy when another job holds the folder meanwhile
	 */
	public java.util.Optional<IngestRequest> resumeHere(long id, String worker) {
		return this.requests.resume(id, worker);
	}

	/**
	 * Starts the job of a request this worker has claimed, or restarts it where it
	 * stopped when the request was taken over from a worker that died; returns at once,
	 * the job runs on a thread of its own. The folder is checked against this worker's
	 * ingest roots first: a request recorded before the roots changed, or by a server
	 * with other roots, is refused with the reason rather than run. A folder that has
	 * gone since the job started fails the job, with the reason in its exit message.
	 * @throws JobNotStarted when the folder is refused or the job repository refuses the
	 * start; the request then records why, and has ended
	 */
	public RunningJob start(IngestRequest claimed) {
		try {
			this.roots.check(claimed.folder());
		}
		catch (FolderRefused ex) {
			this.requests.refuse(claimed.id(), ex.getMessage());
			throw new JobNotStarted(ex.getMessage(), ex);
		}
		Long previous = claimed.jobExecutionId();
		if (previous != null) {
			failDead(previous, claimed);
		}
		// The same identifying parameters for every run of a request: a request taken
		// over
		// restarts its job instance, whose reader goes on from the last file committed.
		JobParameters parameters = new JobParametersBuilder()
			.addString(IngestJobConfiguration.FOLDER, claimed.folder().toString())
			.addLong(IngestJobConfiguration.REQUEST, claimed.id())
			.toJobParameters();
		JobExecution execution;
		try {
			execution = this.operator.start(this.job, parameters);
		}
		catch (Exception ex) {
			this.requests.refuse(claimed.id(), "Không bắt đầu được lượt nhập thư mục " + claimed.folder() + " ("
					+ ex.getClass().getSimpleName() + "); chi tiết ở nhật ký của máy xử lý.");
			throw new JobNotStarted("Cannot start ingesting " + claimed.folder() + ": " + ex.getMessage(), ex);
		}
		this.requests.started(claimed.id(), execution.getId());
		return new RunningJob(claimed.id(), execution.getId());
	}

	/**
	 * Marks the execution of a request whose worker died as failed, with why, so that it
	 * no longer shows as running and its job instance can be restarted. An execution that
	 * has ended (stopped by a worker shutting down) is left as it is.
	 */
	private void failDead(long executionId, IngestRequest request) {
		JobExecution dead;
		try {
			dead = this.repository.getJobExecution(executionId);
		}
		catch (EmptyResultDataAccessException ex) {
			return;
		}
		if (dead == null || !(dead.isRunning() || dead.getStatus() == BatchStatus.UNKNOWN)) {
			return;
		}
		String why = "Máy xử lý ngừng hoạt động giữa chừng (không còn báo tiến độ); máy " + request.claimedBy()
				+ " chạy tiếp lượt nhập từ tệp đang dở.";
		LocalDateTime now = LocalDateTime.now();
		for (StepExecution step : dead.getStepExecutions()) {
			if (step.getStatus().isRunning() || step.getStatus() == BatchStatus.UNKNOWN) {
				step.setStatus(BatchStatus.FAILED);
				step.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
				step.setEndTime(now);
				this.repository.update(step);
			}
		}
		dead.setStatus(BatchStatus.FAILED);
		dead.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
		dead.setEndTime(now);
		this.repository.update(dead);
	}

	/**
	 * Reports that a job of this process is alive and how many pages it has read, for the
	 * web server and the other processes; called every few seconds while it runs.
	 * @return whether the job is still running
	 */
	public boolean heartbeat(RunningJob job) {
		this.requests.heartbeat(job.requestId(), this.inProgress.pagesRead(job.executionId()).orElse(0));
		return this.repository.getJobExecution(job.executionId()).isRunning();
	}

	/** Asks a job of this process to stop once the file it is on is done. */
	public void stop(RunningJob job) {
		try {
			this.operator.stop(job.executionId());
		}
		catch (JobExecutionNotRunningException | NoSuchJobExecutionException ex) {
			// It ended meanwhile.
		}
		catch (OptimisticLockingFailureException ex) {
			// The job updated its execution at the same moment; it is asked again on the
			// next stop, and a worker shutting down must not fail for it.
			log.warn("Job {} could not be asked to stop: {}", job.requestId(), ex.getMessage());
		}
	}

}
