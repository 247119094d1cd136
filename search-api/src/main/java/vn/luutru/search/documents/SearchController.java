package vn.luutru.search.documents;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/search}: full-text search over the archive, with or without diacritics.
 */
@RestController
class SearchController {

	private final ArchiveSearch archive;

	SearchController(ArchiveSearch archive) {
		this.archive = archive;
	}

	/** The pages of one document that match, best first, each with its snippet. */
	@GetMapping("/api/documents/{id}/search")
	java.util.List<SearchResults.PageMatch> within(@PathVariable String id, @RequestParam(defaultValue = "") String q) {
		return this.archive.within(id, new SearchQuery(q, 0, SearchQuery.DEFAULT_SIZE).text());
	}

	@GetMapping("/api/search")
	SearchResults search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + SearchQuery.DEFAULT_SIZE) int size) {
		return this.archive.search(new SearchQuery(q, page, size));
	}

}
