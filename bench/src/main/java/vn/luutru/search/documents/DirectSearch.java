package vn.luutru.search.documents;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import vn.luutru.stores.elasticsearch.ArchiveIndex;

/**
 * The Elasticsearch requests the search API sends for a query, so the benchmark can send
 * the very same requests to Elasticsearch directly and tell the API's own cost apart.
 *
 * <p>
 * It lives in the API's package (a split package, fine on the class path) because the
 * request builder is package-private there, as it should be for the application.
 */
public final class DirectSearch {

	private DirectSearch() {
	}

	/**
	 * Sends Elasticsearch the requests {@code GET /api/search?q=<words>} sends for its
	 * first page, in the same order, and reads the answers as the API reads them (it
	 * needs the first answer's documents for the last request), without building the
	 * API's results.
	 */
	public static Object search(ElasticsearchClient client, ArchiveIndex index, String words) {
		return new ArchiveSearch(client, index).fetch(new SearchQuery(words, 0, SearchQuery.DEFAULT_SIZE));
	}

}
