package vn.luutru.search.jobs;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import vn.luutru.ingest.jobs.IngestJobs;
import vn.luutru.ingest.jobs.JobNotStarted;
import vn.luutru.ingest.jobs.JobProgress;
import vn.luutru.search.audit.AuditedAction;

/**
 * The ingestion jobs as the API offers them: started from a folder path typed by a
 * person, and looked up by id with a domain error when there is none.
 */
@Service
class Ingestion {

	static final int MAX_RECENT = 100;

	private final IngestJobs jobs;

	private final ApplicationEventPublisher events;

	Ingestion(IngestJobs jobs, ApplicationEventPublisher events) {
		this.jobs = jobs;
		this.events = events;
	}

	/**
	 * Starts ingesting a folder; the job runs on after this returns.
	 * @return the new job's progress, just started
	 * @throws FolderNotIngestible when the folder is missing, relative, not a folder or
	 * not readable
	 * @throws JobNotStarted when the job repository refuses the start
	 */
	JobProgress start(StartJob request) {
		Path folder = folder(request.folder());
		long id;
		try {
			id = this.jobs.start(folder);
		}
		catch (IllegalArgumentException ex) {
			throw new FolderNotIngestible(ex.getMessage());
		}
		this.events.publishEvent(
				new AuditedAction("job.start", "job", Long.toString(id), null, Map.of("folder", folder.toString())));
		return progress(id);
	}

	/**
	 * The progress of a job.
	 * @throws JobNotFound when there is no job with this id
	 */
	JobProgress progress(long id) {
		return this.jobs.progress(id).orElseThrow(() -> new JobNotFound(id));
	}

	/**
	 * The most recent jobs, newest first; {@code limit} is clamped to
	 * 1..{@value #MAX_RECENT}.
	 */
	List<JobProgress> recent(int limit) {
		return this.jobs.recent(Math.clamp(limit, 1, MAX_RECENT));
	}

	private static Path folder(@Nullable String folder) {
		if (folder == null || folder.isBlank()) {
			throw new FolderNotIngestible("Give the folder to ingest, e.g. {\"folder\": \"/srv/scans/2025-06\"}.");
		}
		try {
			Path path = Path.of(folder.strip());
			// A relative path would resolve against the server's working directory, which
			// the caller cannot see.
			if (!path.isAbsolute()) {
				throw new FolderNotIngestible(
						"The folder must be an absolute path on the server, not '" + folder + "'.");
			}
			return path;
		}
		catch (InvalidPathException ex) {
			throw new FolderNotIngestible("Not a valid path: '" + folder + "'.");
		}
	}

}
