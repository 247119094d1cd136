package vn.luutru.search.documents;

import org.springframework.web.bind.annotation.GetMapping;
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

	@GetMapping("/api/search")
	SearchResults search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + SearchQuery.DEFAULT_SIZE) int size) {
		return this.archive.search(new SearchQuery(q, page, size));
	}

}
