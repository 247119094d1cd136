package vn.luutru.ingest.jobs;

import java.nio.file.Path;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.NoSuchJobExecutionException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

import vn.luutru.archive.jobs.IngestRequest;
import vn.luutru.archive.jobs.IngestRequests;
import vn.luutru.ingest.extraction.PagesInProgress;
import vn.luutru.ingest.intake.ScanFolder;

/**
 * Runs the ingestion job of claimed requests in this process, and reports how far each
 * has gone to the request, where other processes read it.
 */
@Service
public class IngestJobs {

	private final JobOperator operator;

	private final Job job;

	private final JobRepository repository;

	private final IngestRequests requests;

	private final PagesInProgress inProgress;

	IngestJobs(JobOperator operator, Job ingestScans, JobRepository repository, IngestRequests requests,
			PagesInProgress inProgress) {
		this.operator = operator;
		this.job = ingestScans;
		this.repository = repository;
		this.requests = requests;
		this.inProgress = inProgress;
	}

	/**
	 * Records a request for a folder, already claimed by this worker: for a command that
	 * runs the job itself rather than leave it to the polling workers.
	 * @throws IllegalArgumentException when the folder does not exist or cannot be read
	 */
	public IngestRequest requestHere(Path folder, String requestedBy, String worker) {
		return this.requests.requestClaimed(ScanFolder.of(folder).path(), requestedBy, worker);
	}

	/**
	 * Starts the job of a request this worker has claimed; returns at once, the job runs
	 * on a thread of its own. A folder that has gone since the request fails the job,
	 * with the reason in its exit message.
	 * @throws JobNotStarted when the job repository refuses the start
	 */
	public RunningJob start(IngestRequest claimed) {
		JobParameters parameters = new JobParametersBuilder()
			.addString(IngestJobConfiguration.FOLDER, claimed.folder().toString())
			.addLong(IngestJobConfiguration.REQUEST, claimed.id())
			.toJobParameters();
		JobExecution execution;
		try {
			execution = this.operator.start(this.job, parameters);
		}
		catch (Exception ex) {
			throw new JobNotStarted("Cannot start ingesting " + claimed.folder() + ": " + ex.getMessage(), ex);
		}
		this.requests.started(claimed.id(), execution.getId());
		return new RunningJob(claimed.id(), execution.getId());
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
	}

}
