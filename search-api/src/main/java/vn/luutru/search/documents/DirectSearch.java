package vn.luutru.search.documents;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import org.springframework.context.ApplicationContext;

import vn.luutru.archive.index.ArchiveIndex;

/**
 * The Elasticsearch requests the search API sends for a query, so the search benchmark
 * ({@code bench/search.sh}) can send the very same requests to Elasticsearch directly and
 * tell the API's own cost apart. Nothing in the application uses it.
 *
 * <p>
 * The feature's one public door for the benchmark: the request builder and the search
 * stay package-private behind it.
 */
public final class DirectSearch {

	private DirectSearch() {
	}

	/**
	 * Sends Elasticsearch the requests {@code GET /api/search?q=<words>} sends for its
	 * first page with the default execution, in the same order, and reads the answers as
	 * the API reads them (it needs the first answer's documents for the last request),
	 * without building the API's results.
	 */
	public static Object search(ElasticsearchClient client, ArchiveIndex index, String words) {
		return search(client, index, words, SearchProperties.defaults().execution());
	}

	/**
	 * As {@link #search(ElasticsearchClient, ArchiveIndex, String)}, executed as given.
	 */
	public static Object search(ElasticsearchClient client, ArchiveIndex index, String words,
			SearchProperties.Execution execution) {
		// Nobody is signed in here: snippets are masked as a viewer's are.
		return new ArchiveSearch(client, index, new PersonalDataViews((event) -> {
		}), new SearchProperties(execution)).fetch(new SearchQuery(words, 0, SearchQuery.DEFAULT_SIZE));
	}

	/**
	 * Makes the application's {@code GET /api/search} send its searches as given from now
	 * on, so the benchmark compares both executions through the API in one run.
	 */
	public static void executeAs(ApplicationContext application, SearchProperties.Execution execution) {
		application.getBean(ArchiveSearch.class).executeAs(execution);
	}

	/**
	 * The requests of that search by name, of both executions ({@code documents},
	 * {@code facets}, {@code pages}; {@code results}: the documents with the facets), to
	 * be sent and timed one by one. The pages request names the documents the first
	 * request finds, so that one is sent here once.
	 */
	public static Map<String, SearchRequest> requests(ElasticsearchClient client, ArchiveIndex index, String words)
			throws IOException {
		SearchQuery query = new SearchQuery(words, 0, SearchQuery.DEFAULT_SIZE);
		SearchRequest documents = SearchRequests.documents(query, index.alias());
		List<String> found = ArchiveSearch.ids(client.search(documents, ArchiveSearch.DocumentHit.class));
		Map<String, SearchRequest> requests = new LinkedHashMap<>();
		requests.put(SearchRequests.DOCUMENTS, documents);
		requests.put("facets", SearchRequests.facets(query, index.alias()));
		requests.put("results", SearchRequests.results(query, index.alias()));
		requests.put(SearchRequests.PAGES, SearchRequests.pages(query.text(), found, true, index.alias()));
		return requests;
	}

}
