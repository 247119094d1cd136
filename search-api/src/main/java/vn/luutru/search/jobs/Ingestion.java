package vn.luutru.search.jobs;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

import vn.luutru.archive.jobs.FolderBusy;
import vn.luutru.archive.jobs.FolderRefused;
import vn.luutru.archive.jobs.IngestProgress;
import vn.luutru.archive.jobs.IngestRequests;
import vn.luutru.archive.jobs.IngestRetries;
import vn.luutru.archive.jobs.NothingToResume;
import vn.luutru.archive.jobs.NothingToRetry;
import vn.luutru.archive.jobs.IngestRoots;
import vn.luutru.archive.jobs.JobProgress;
import vn.luutru.search.audit.AuditedAction;

/**
 * The ingestion jobs as the API offers them: requested for a folder path typed by a
 * person, for a worker process to run, and looked up by id with a domain error when there
 * is none. The web server never runs a job: parsing untrusted scans is the workers' risk,
 * not search's.
 */
@Service
class Ingestion {

	static final int MAX_RECENT = 100;

	private final IngestRequests requests;

	private final IngestProgress progress;

	private final IngestRoots roots;

	private final IngestRetries retries;

	private final ApplicationEventPublisher events;

	Ingestion(IngestRequests requests, IngestProgress progress, IngestRoots roots, IngestRetries retries,
			ApplicationEventPublisher events) {
		this.requests = requests;
		this.progress = progress;
		this.roots = roots;
		this.retries = retries;
		this.events = events;
	}

	/**
	 * Records a request to ingest a folder; a worker takes it from there.
	 * @return the new job's progress, queued
	 * @throws FolderNotIngestible when no folder is given
	 * @throws FolderRefused when the folder may not be ingested (outside the ingest
	 * roots, the archive's own data, relative, missing or not readable)
	 * @throws FolderBusy when the folder, one inside it or one containing it has a job
	 * queued or running
	 * @throws JobNotStarted when the request cannot be recorded
	 */
	JobProgress start(StartJob request, String requestedBy) {
		Path folder = folder(request.folder());
		long id;
		try {
			id = this.requests.request(folder, requestedBy);
		}
		catch (DataAccessException ex) {
			throw new JobNotStarted("Cannot record the request to ingest " + folder + ": " + ex.getMessage(), ex);
		}
		this.events.publishEvent(
				new AuditedAction("job.start", "job", Long.toString(id), null, Map.of("folder", folder.toString())));
		return progress(id);
	}

	/**
	 * Records a request to ingest again what a job set aside (or one file of it), once
	 * staff have fixed it; a worker takes it from there.
	 * @return the new job's progress, queued
	 * @throws JobNotFound when there is no such job
	 * @throws NothingToRetry when it has nothing, or not that file, left to retry
	 * @throws FolderBusy when its folder has a job queued or running
	 */
	JobProgress retry(long job, @Nullable String file, String requestedBy) {
		long id;
		try {
			id = this.retries.retry(job, file, requestedBy, null).orElseThrow(() -> new JobNotFound(job)).id();
		}
		catch (DataAccessException ex) {
			throw new JobNotStarted("Cannot record the retry of job " + job + ": " + ex.getMessage(), ex);
		}
		Map<String, Object> details = (file != null) ? Map.of("retryOf", job, "file", file) : Map.of("retryOf", job);
		this.events.publishEvent(new AuditedAction("job.retry", "job", Long.toString(id), null, details));
		return progress(id);
	}

	/**
	 * Puts a job that failed part-way back in the queue, for a worker to go on with it
	 * from where it stopped.
	 * @return its progress, queued again
	 * @throws JobNotFound when there is no such job
	 * @throws NothingToResume when it did not fail part-way
	 * @throws FolderBusy when its folder has another job meanwhile
	 */
	JobProgress resume(long job, String requestedBy) {
		try {
			this.requests.resume(job, null).orElseThrow(() -> new JobNotFound(job));
		}
		catch (DataAccessException ex) {
			throw new JobNotStarted("Cannot queue job " + job + " again: " + ex.getMessage(), ex);
		}
		this.events
			.publishEvent(new AuditedAction("job.resume", "job", Long.toString(job), null, Map.of("by", requestedBy)));
		return progress(job);
	}

	/**
	 * The progress of a job.
	 * @throws JobNotFound when there is no job with this id
	 */
	JobProgress progress(long id) {
		return this.progress.progress(id).orElseThrow(() -> new JobNotFound(id));
	}

	/**
	 * The most recent jobs, newest first; {@code limit} is clamped to
	 * 1..{@value #MAX_RECENT}.
	 */
	List<JobProgress> recent(int limit) {
		return this.progress.recent(Math.clamp(limit, 1, MAX_RECENT));
	}

	/**
	 * The folder as the worker will read it, its links resolved. It is checked here, so
	 * that a mistake is answered at once rather than as a failed job, and again by the
	 * worker, whose roots are what count; workers on other machines need the same path
	 * mounted.
	 */
	private Path folder(@Nullable String folder) {
		if (folder == null || folder.isBlank()) {
			throw new FolderNotIngestible(
					"Hãy cho biết thư mục cần nhập, ví dụ {\"folder\": \"/srv/luutru/scans/2025-06\"}.");
		}
		return this.roots.check(folder).path();
	}

}
