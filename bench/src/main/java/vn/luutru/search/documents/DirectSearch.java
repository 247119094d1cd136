package vn.luutru.search.documents;

import co.elastic.clients.elasticsearch.core.SearchRequest;

/**
 * The Elasticsearch request the search API sends for a query, so the benchmark can send
 * the very same request to Elasticsearch directly and tell the API's own cost apart.
 *
 * <p>
 * It lives in the API's package (a split package, fine on the class path) because the
 * request builder is package-private there, as it should be for the application.
 */
public final class DirectSearch {

	private DirectSearch() {
	}

	/** The request {@code GET /api/search?q=<words>} sends for its first page. */
	public static SearchRequest request(String words, String index) {
		return SearchRequests.of(new SearchQuery(words, 0, SearchQuery.DEFAULT_SIZE), index);
	}

}
