package vn.luutru.search.intake;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.Principal;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.luutru.archive.jobs.IngestProgress;
import vn.luutru.archive.jobs.IngestRequests;
import vn.luutru.archive.jobs.JobProgress;
import vn.luutru.search.audit.AuditedAction;

/**
 * {@code /api/uploads}: a batch is made, its files are uploaded with tus to
 * {@code /api/uploads/files}, each naming the batch in its metadata, and then its job is
 * started, as for a folder typed on the ingestion page.
 */
// Only where uploads exist (UploadConfiguration): not in a command's context.
@ConditionalOnWebApplication
@RestController
@RequestMapping("/api/uploads")
class UploadsController {

	private final UploadBatches batches;

	private final TusUploads uploads;

	private final IngestRequests requests;

	private final IngestProgress progress;

	private final ApplicationEventPublisher events;

	UploadsController(UploadBatches batches, TusUploads uploads, IngestRequests requests, IngestProgress progress,
			ApplicationEventPublisher events) {
		this.batches = batches;
		this.uploads = uploads;
		this.requests = requests;
		this.progress = progress;
		this.events = events;
	}

	/** A new, empty batch; unfinished uploads past their time are deleted meanwhile. */
	@PostMapping("/batches")
	@ResponseStatus(HttpStatus.CREATED)
	UploadBatch create() {
		this.uploads.expire();
		return this.batches.create();
	}

	@GetMapping("/batches/{id}")
	UploadBatch batch(@PathVariable String id) {
		return this.batches.find(id);
	}

	/** Queues the job that ingests the batch's folder; 202 with the job, queued. */
	@PostMapping("/batches/{id}/ingest")
	ResponseEntity<JobProgress> ingest(@PathVariable String id, Principal user) {
		Path folder = this.batches.folder(id);
		if (this.batches.find(id).files().isEmpty()) {
			throw new UploadRefused("Lô tải lên chưa có tệp nào tải xong.");
		}
		long job = this.requests.request(folder, user.getName());
		this.events.publishEvent(new AuditedAction("job.start", "job", Long.toString(job), null,
				Map.of("folder", folder.toString(), "upload", id)));
		return ResponseEntity.accepted()
			.location(URI.create("/api/jobs/" + job))
			.body(this.progress.progress(job).orElseThrow());
	}

	/** The tus protocol's requests, answered by the tus server. */
	@RequestMapping(path = { "/files", "/files/{upload}" }, method = { RequestMethod.POST, RequestMethod.PATCH,
			RequestMethod.HEAD, RequestMethod.DELETE, RequestMethod.OPTIONS })
	void tus(HttpServletRequest request, HttpServletResponse response, Principal user) throws IOException {
		this.uploads.process(request, response, user.getName());
	}

}
