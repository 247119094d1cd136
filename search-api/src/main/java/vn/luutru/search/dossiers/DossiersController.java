package vn.luutru.search.dossiers;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.luutru.search.export.ArchivalPackages;

/**
 * {@code /api/dossiers}: import the one-stop system's exports, read dossiers, attach and
 * detach documents; and, per document, its dossiers and suggested dossiers.
 */
import vn.luutru.search.export.ArchivalPackages;

@RestController
class DossiersController {

	private final DossierService service;

	private final ArchivalPackages packages;

	DossiersController(DossierService service, ArchivalPackages packages) {
		this.service = service;
		this.packages = packages;
	}

	/**
	 * The dossier's documents as an archival package: a BagIt bag in a zip, streamed (see
	 * docs/api.md).
	 */
	@GetMapping("/api/dossiers/{code}/export")
	ResponseEntity<StreamingResponseBody> export(@PathVariable String code) {
		return this.packages.download(this.service.exported(code));
	}

	/** Imports a CSV ({@code text/csv}) or JSON ({@code application/json}) export. */
	@PostMapping(path = "/api/dossiers/import", consumes = { "text/csv", MediaType.APPLICATION_JSON_VALUE })
	ImportReport importExport(@RequestHeader("Content-Type") String contentType, @RequestBody byte[] body) {
		return contentType.startsWith("text/csv") ? this.service.importCsv(new String(body, StandardCharsets.UTF_8))
				: this.service.importJson(body);
	}

	@GetMapping("/api/dossiers")
	List<Dossier> list(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return this.service.list(q, page, size);
	}

	@GetMapping("/api/dossiers/{code}")
	DossierView dossier(@PathVariable String code) {
		return this.service.view(code);
	}

	/**
	 * Attaches a document (idempotent); the body may carry a note: {@code {"note": "…"}}.
	 */
	@PutMapping("/api/dossiers/{code}/documents/{documentId}")
	ResponseEntity<DossierView> attach(@PathVariable String code, @PathVariable String documentId,
			@RequestBody(required = false) @Nullable Map<String, String> body) {
		return ResponseEntity.ok(this.service.attach(code, documentId, (body != null) ? body.get("note") : null));
	}

	@DeleteMapping("/api/dossiers/{code}/documents/{documentId}")
	ResponseEntity<Void> detach(@PathVariable String code, @PathVariable String documentId) {
		this.service.detach(code, documentId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/documents/{id}/dossiers")
	List<String> dossiersOf(@PathVariable String id) {
		return this.service.dossiersOf(id);
	}

	@GetMapping("/api/documents/{id}/suggested-dossiers")
	List<Suggestion> suggested(@PathVariable String id) {
		return this.service.suggestions(id);
	}

}
