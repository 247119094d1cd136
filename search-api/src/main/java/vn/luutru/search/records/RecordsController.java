package vn.luutru.search.records;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/documents/{id}/description} and {@code /api/records/files}: documents'
 * archival descriptions and the archival files that hold them.
 */
@RestController
class RecordsController {

	private final DescriptionService descriptions;

	private final FileService files;

	RecordsController(DescriptionService descriptions, FileService files) {
		this.descriptions = descriptions;
		this.files = files;
	}

	@GetMapping("/api/documents/{id}/description")
	DescriptionView description(@PathVariable String id) {
		return this.descriptions.view(id);
	}

	@PutMapping("/api/documents/{id}/description")
	DescriptionView describe(@PathVariable String id, @RequestBody DocumentDescription description) {
		return this.descriptions.save(id, description);
	}

	@GetMapping("/api/records/files")
	List<ArchivalFile> files(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return this.files.list(page, size);
	}

	@PostMapping("/api/records/files")
	ResponseEntity<FileView> open(@RequestBody ArchivalFile.Draft draft) {
		return ResponseEntity.status(201).body(this.files.open(draft));
	}

	@GetMapping("/api/records/files/{code}")
	FileView file(@PathVariable String code) {
		return this.files.view(code);
	}

	@PutMapping("/api/records/files/{code}/documents/{documentId}")
	FileView fileDocument(@PathVariable String code, @PathVariable String documentId) {
		return this.files.file(code, documentId);
	}

	@DeleteMapping("/api/records/files/{code}/documents/{documentId}")
	ResponseEntity<Void> unfileDocument(@PathVariable String code, @PathVariable String documentId) {
		this.files.unfile(code, documentId);
		return ResponseEntity.noContent().build();
	}

}
