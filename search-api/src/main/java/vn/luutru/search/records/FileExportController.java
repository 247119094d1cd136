package vn.luutru.search.records;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import vn.luutru.search.export.ArchivalPackages;

/**
 * {@code /api/records/files/{code}/export}: an archival file's documents as an archival
 * package, under the same rules as a dossier's (see docs/api.md).
 */
@RestController
class FileExportController {

	private final FileService files;

	private final ArchivalPackages packages;

	FileExportController(FileService files, ArchivalPackages packages) {
		this.files = files;
		this.packages = packages;
	}

	@GetMapping("/api/records/files/{code}/export")
	ResponseEntity<StreamingResponseBody> export(@PathVariable String code) {
		return this.packages.download(new FilePackage(this.files.view(code)));
	}

}
