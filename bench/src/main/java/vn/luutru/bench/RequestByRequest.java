package vn.luutru.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;

import vn.luutru.archive.index.IndexFields;
import vn.luutru.archive.index.ArchiveIndex;
import vn.luutru.search.documents.DirectSearch;

/**
 * Elasticsearch's cost of each of a search's requests on its own, beside the smallest
 * search there is.
 */
final class RequestByRequest {

	// Requests of each kind sent one at a time.
	private static final int BY_REQUEST = 300;

	private RequestByRequest() {
	}

	/**
	 * Elasticsearch's cost of each of a search's three requests, sent one at a time (from
	 * queries no other run sent, caches emptied before each kind), beside the smallest
	 * search there is: what the node spends on any request, whatever it asks. As a table
	 * for docs/benchmarks.md.
	 */
	static String table(ElasticsearchClient client, ArchiveIndex index) throws IOException {
		String smallest = "smallest search (size 0, one term of a keyword field)";
		Map<String, List<SearchRequest>> requests = new LinkedHashMap<>();
		for (int i = 0; i < BY_REQUEST; i++) {
			String id = "%024x".formatted(i);
			requests.computeIfAbsent(smallest, (name) -> new ArrayList<>())
				.add(SearchRequest.of((s) -> s.index(index.alias())
					.size(0)
					.trackTotalHits((t) -> t.enabled(false))
					.query((q) -> q.term((t) -> t.field(IndexFields.DOCUMENT_ID).value(id)))));
			DirectSearch.requests(client, index, Queries.query(i, Queries.BY_REQUEST_OFFSET))
				.forEach((name, request) -> requests.computeIfAbsent(name, (n) -> new ArrayList<>()).add(request));
		}
		StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
				"%nRequest by request, one at a time (%d of each):%n%n"
						+ "| request | Elasticsearch's `took` (ms, mean) | CPU per request: Elasticsearch (ms) |%n"
						+ "| --- | ---: | ---: |%n",
				BY_REQUEST));
		for (Map.Entry<String, List<SearchRequest>> kind : requests.entrySet()) {
			Measuring.clearCaches(client);
			long took = 0;
			Duration before = Measuring.elasticsearchCpu();
			for (SearchRequest request : kind.getValue()) {
				took += client.search(request, Void.class).took();
			}
			double cpu = Measuring.elasticsearchCpu().minus(before).toNanos() / 1e6;
			out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f |%n", kind.getKey(),
					(double) took / kind.getValue().size(), cpu / kind.getValue().size()));
		}
		return out.toString();
	}

}
