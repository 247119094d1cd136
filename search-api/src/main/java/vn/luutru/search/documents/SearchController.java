package vn.luutru.search.documents;

import org.jspecify.annotations.Nullable;
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

	/**
	 * Every matching document, without the 10,000-hit cap of ranked results, for lists
	 * and exports: in document-id order, {@code size} at a time; {@code after} is the
	 * previous answer's {@code next}.
	 */
	@GetMapping("/api/search/all")
	SearchListing all(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable String after,
			@RequestParam(defaultValue = "100") int size) {
		if (size < 1 || size > SearchListing.MAX_SIZE) {
			throw new InvalidSearch("size must be between 1 and " + SearchListing.MAX_SIZE + ", not " + size + ".");
		}
		if (after != null && !after.matches("[0-9a-f]{24}")) {
			throw new InvalidSearch(
					"after must be the next value of the previous answer (a document id), not '" + after + "'.");
		}
		return this.archive.all(q, after, size);
	}

	/**
	 * Ranked results; {@code bbox} (west,south,east,north in WGS84 degrees), {@code ward}
	 * and {@code district} keep the maps of an area, as the filters {@code vung:},
	 * {@code phuong:} and {@code quan:} typed in {@code q} do.
	 */
	@GetMapping("/api/search")
	SearchResults search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + SearchQuery.DEFAULT_SIZE) int size,
			@RequestParam(required = false) @Nullable String bbox,
			@RequestParam(required = false) @Nullable String ward,
			@RequestParam(required = false) @Nullable String district) {
		return this.archive.search(new SearchQuery(Area.withFilters(q, bbox, ward, district), page, size));
	}

}
