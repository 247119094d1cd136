package vn.luutru.search.documents;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.search.export.ArchivalPackages;

/**
 * {@code /api/search/export}: the documents a query matches as an archival package, the
 * first {@code luutru.export.max-documents} of them (the same query syntax as
 * {@code /api/search}).
 */
@RestController
class SearchExportController {

	private final ArchiveSearch archive;

	private final ArchivalPackages packages;

	SearchExportController(ArchiveSearch archive, ArchivalPackages packages) {
		this.archive = archive;
		this.packages = packages;
	}

	@GetMapping("/api/search/export")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "") String q) {
		return this.packages.download(matching(q));
	}

	private SearchPackage matching(String q) {
		int max = Math.min(this.packages.maxDocuments(), SearchListing.MAX_SIZE);
		SearchListing listing = this.archive.all(q, null, max);
		return new SearchPackage(q,
				listing.documents().stream().map(SearchListing.Listed::documentId).map(DocumentId::of).toList(),
				listing.next() != null);
	}

}
