package vn.luutru.search.jobs;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.luutru.archive.jobs.JobProgress;

/**
 * {@code /api/jobs}: ask for a folder to be ingested and follow the job's progress.
 */
@RestController
@RequestMapping("/api/jobs")
class JobsController {

	private final Ingestion ingestion;

	JobsController(Ingestion ingestion) {
		this.ingestion = ingestion;
	}

	@GetMapping
	List<JobProgress> recent(@RequestParam(defaultValue = "20") int limit) {
		return this.ingestion.recent(limit);
	}

	@GetMapping("/{id}")
	JobProgress progress(@PathVariable long id) {
		return this.ingestion.progress(id);
	}

	/**
	 * Queues a new job that ingests again what this one set aside, all of it or the one
	 * {@code file} named as its progress shows it; 202 with the new job, as a start.
	 */
	@PostMapping("/{id}/retry")
	ResponseEntity<JobProgress> retry(@PathVariable long id, @RequestBody(required = false) RetryJob request,
			Principal user) {
		JobProgress progress = this.ingestion.retry(id, (request != null) ? request.file() : null, user.getName());
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/api/jobs/{id}")
			.buildAndExpand(progress.id())
			.toUri();
		return ResponseEntity.accepted().location(location).body(progress);
	}

	/**
	 * Queues a job that failed part-way again, to go on from where it stopped; 202 with
	 * the job, queued.
	 */
	@PostMapping("/{id}/resume")
	ResponseEntity<JobProgress> resume(@PathVariable long id, Principal user) {
		return ResponseEntity.accepted().body(this.ingestion.resume(id, user.getName()));
	}

	/**
	 * Answers 202 at once with the job queued: a worker runs it, and its {@code Location}
	 * is polled for progress.
	 */
	@PostMapping
	ResponseEntity<JobProgress> start(@RequestBody StartJob request, Principal user) {
		JobProgress progress = this.ingestion.start(request, user.getName());
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{id}")
			.buildAndExpand(progress.id())
			.toUri();
		return ResponseEntity.accepted().location(location).body(progress);
	}

}
