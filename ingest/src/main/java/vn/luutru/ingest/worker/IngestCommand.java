package vn.luutru.ingest.worker;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import vn.luutru.archive.jobs.FolderBusy;
import vn.luutru.archive.jobs.FolderRefused;
import vn.luutru.archive.jobs.IngestProgress;
import vn.luutru.archive.jobs.IngestRequest;
import vn.luutru.archive.jobs.IngestRetries;
import vn.luutru.archive.jobs.NothingToResume;
import vn.luutru.archive.jobs.NothingToRetry;
import vn.luutru.archive.jobs.JobProgress;
import vn.luutru.archive.jobs.ProgressPrinter;
import vn.luutru.ingest.jobs.IngestJobs;
import vn.luutru.ingest.jobs.JobNotStarted;
import vn.luutru.ingest.jobs.RunningJob;

/**
 * {@code luutru ingest <folder>}: records a request for the folder, runs its job in this
 * process at once, prints its progress until it ends, then a summary.
 *
 * <p>
 * Exit status 0 when the job ran to the end, even if some files were set aside (they are
 * listed with their reasons, to fix and drop in again); 1 when the job itself failed; 2
 * when it could not start, with why in one line on the error stream: the folder is
 * outside the ingest roots or in the archive's own data, another job holds it, the job
 * repository refused.
 */
public final class IngestCommand {

	private static final Duration POLL = Duration.ofSeconds(1);

	private final IngestJobs jobs;

	private final IngestProgress progress;

	private final IngestRetries retries;

	private final PrintStream out;

	private final PrintStream err;

	private final ProgressPrinter printer;

	public IngestCommand(IngestJobs jobs, IngestProgress progress, IngestRetries retries, PrintStream out,
			PrintStream err) {
		this.jobs = jobs;
		this.progress = progress;
		this.retries = retries;
		this.out = out;
		this.err = err;
		this.printer = new ProgressPrinter(out);
	}

	/**
	 * Ingests a folder and waits for the job to end.
	 * @return the process exit status
	 */
	public int run(Path folder) {
		JobProgress progress;
		try {
			progress = ingest(folder);
		}
		catch (FolderRefused | FolderBusy | JobNotStarted ex) {
			this.err.println("luutru ingest: " + ex.getMessage());
			return 2;
		}
		this.printer.summarise(progress);
		return progress.jobFailed() ? 1 : 0;
	}

	/**
	 * {@code luutru retry <job> [file]}: ingests again, in this process, the files a job
	 * set aside (or one of them), once they are fixed.
	 * @return the process exit status; 2 when there is no such job or nothing to retry
	 */
	public int runRetry(long job, @Nullable String file) {
		JobProgress progress;
		try {
			progress = retry(job, file);
		}
		catch (NothingToRetry | FolderRefused | FolderBusy | JobNotStarted ex) {
			this.err.println("luutru retry: " + ex.getMessage());
			return 2;
		}
		catch (IllegalArgumentException ex) {
			this.err.println("luutru retry: không có lượt nhập số " + job + ".");
			return 2;
		}
		this.printer.summarise(progress);
		return progress.jobFailed() ? 1 : 0;
	}

	/**
	 * {@code luutru resume <job>}: goes on, in this process, with a job that failed
	 * part-way, from where it stopped.
	 * @return the process exit status; 2 when there is no such job or it did not fail
	 */
	public int runResume(long job) {
		JobProgress progress;
		try {
			progress = resume(job);
		}
		catch (NothingToResume | FolderRefused | FolderBusy | JobNotStarted ex) {
			this.err.println("luutru resume: " + ex.getMessage());
			return 2;
		}
		catch (IllegalArgumentException ex) {
			this.err.println("luutru resume: không có lượt nhập số " + job + ".");
			return 2;
		}
		this.printer.summarise(progress);
		return progress.jobFailed() ? 1 : 0;
	}

	/**
	 * Goes on with a job that failed part-way in this process, and waits for it to end.
	 * @throws IllegalArgumentException when there is no such job
	 * @throws NothingToResume when it did not fail
	 * @throws FolderBusy when another job holds the folder meanwhile
	 */
	public JobProgress resume(long job) {
		IngestRequest request = this.jobs.resumeHere(job, Worker.name())
			.orElseThrow(() -> new IllegalArgumentException("No job " + job));
		this.out.println("Resuming job " + job + " on " + request.folder());
		return follow(this.jobs.start(request));
	}

	/**
	 * Retries what a job set aside in this process and waits for the new job to end.
	 * @throws IllegalArgumentException when there is no such job
	 * @throws NothingToRetry when it has nothing (or not that file) left to retry
	 * @throws FolderBusy when another job holds the folder
	 */
	public JobProgress retry(long job, @Nullable String file) {
		IngestRequest request = this.retries.retry(job, file, System.getProperty("user.name", "?"), Worker.name())
			.orElseThrow(() -> new IllegalArgumentException("No job " + job));
		this.out
			.println("Retrying what job " + job + " set aside in " + request.folder() + " (job " + request.id() + ")");
		return follow(this.jobs.start(request));
	}

	/**
	 * Ingests a folder in this process and waits for the job to end, printing its
	 * progress.
	 * @throws FolderRefused when the folder may not be ingested
	 * @throws FolderBusy when another job holds the folder
	 * @throws JobNotStarted when the job repository refuses the start
	 */
	public JobProgress ingest(Path folder) {
		RunningJob job = this.jobs
			.start(this.jobs.requestHere(folder, System.getProperty("user.name", "?"), Worker.name()));
		this.out.println("Ingesting " + folder.normalize() + " (job " + job.requestId() + ")");
		return follow(job);
	}

	private JobProgress follow(RunningJob job) {
		while (true) {
			this.jobs.heartbeat(job);
			JobProgress now = this.progress.progress(job.requestId()).orElseThrow();
			this.printer.print(now);
			if (now.ended()) {
				return now;
			}
			try {
				Thread.sleep(POLL);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return now;
			}
		}
	}

}
