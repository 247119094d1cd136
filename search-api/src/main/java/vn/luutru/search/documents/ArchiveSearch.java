package vn.luutru.search.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.InnerHitsResult;
import co.elastic.clients.json.JsonData;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.luutru.stores.elasticsearch.ArchiveIndex;

/**
 * Runs archive searches and turns page hits into document hits with a safe snippet.
 */
@Service
class ArchiveSearch {

	private static final Logger log = LoggerFactory.getLogger(ArchiveSearch.class);

	private final ElasticsearchClient client;

	private final ArchiveIndex index;

	// The facets are asked for while the documents are: two requests Elasticsearch runs
	// side by side.
	private final ElasticsearchAsyncClient async;

	ArchiveSearch(ElasticsearchClient client, ArchiveIndex index) {
		this.client = client;
		this.async = new ElasticsearchAsyncClient(client._transport(), client._transportOptions());
		this.index = index;
	}

	/**
	 * Finds the documents matching a query, one hit per document with its best page.
	 * @throws IndexUnavailable when Elasticsearch cannot answer
	 */
	SearchResults search(SearchQuery query) {
		Responses responses = fetch(query);
		List<SearchResults.Hit> hits = responses.documents()
			.hits()
			.hits()
			.stream()
			.map((hit) -> hit(hit, responses.pages()))
			.toList();
		return new SearchResults(total(responses.facets().aggregations()), query.page(), query.size(), hits,
				Facets.of(responses.facets().aggregations()));
	}

	/**
	 * Elasticsearch's answers to a search: the documents and the facets asked at once,
	 * then the matching pages of the documents found.
	 */
	Responses fetch(SearchQuery query) {
		String alias = this.index.alias();
		CompletableFuture<SearchResponse<Void>> facets = this.async.search(SearchRequests.facets(query, alias),
				Void.class);
		try {
			SearchResponse<PageHit> documents = this.client.search(SearchRequests.documents(query, alias),
					PageHit.class);
			List<String> ids = documents.hits()
				.hits()
				.stream()
				.map(Hit::source)
				.filter(Objects::nonNull)
				.map(PageHit::documentId)
				.toList();
			Map<String, Pages> pages = ids.isEmpty() ? Map.of() : pages(
					this.client.search(SearchRequests.pages(query.text(), ids, alias), Void.class).aggregations());
			return new Responses(documents, facets.join(), pages);
		}
		catch (ElasticsearchException ex) {
			facets.cancel(true);
			throw failed(ex);
		}
		catch (IOException ex) {
			facets.cancel(true);
			throw unavailable(ex);
		}
		catch (CompletionException ex) {
			throw switch (ex.getCause()) {
				case ElasticsearchException elastic -> failed(elastic);
				case Exception other -> unavailable(other);
				case null, default -> ex;
			};
		}
	}

	// A query Elasticsearch refuses is the caller's to fix; anything else is the
	// index's.
	private static RuntimeException failed(ElasticsearchException ex) {
		if (ex.status() == 400) {
			return new InvalidSearch("Elasticsearch cannot run this query: " + ex.error().reason());
		}
		return unavailable(ex);
	}

	private static Map<String, Pages> pages(Map<String, Aggregate> aggregations) {
		Aggregate byDocument = aggregations.get(SearchRequests.PAGES);
		if (byDocument == null || !byDocument.isSterms()) {
			return Map.of();
		}
		Map<String, Pages> pages = new HashMap<>();
		for (StringTermsBucket bucket : byDocument.sterms().buckets().array()) {
			Aggregate best = bucket.aggregations().get(SearchRequests.BEST_PAGES);
			List<Integer> numbers = new ArrayList<>();
			if (best != null && best.isTopHits()) {
				for (Hit<JsonData> page : best.topHits().hits().hits()) {
					JsonData number = page.fields().get("page");
					if (number != null) {
						numbers.add(number.toJson().asJsonArray().getInt(0));
					}
				}
			}
			pages.put(bucket.key().stringValue(), new Pages(bucket.docCount(), numbers));
		}
		return pages;
	}

	// The query itself is not logged: officers search for applicants' names, which are
	// personal data.
	private static IndexUnavailable unavailable(Exception ex) {
		log.warn("Search failed: {}", ex.getMessage(), ex);
		return new IndexUnavailable(ex);
	}

	private static long total(Map<String, Aggregate> aggregations) {
		Aggregate documents = aggregations.get(SearchRequests.DOCUMENTS);
		return (documents != null) ? documents.cardinality().value() : 0;
	}

	private static SearchResults.Hit hit(Hit<PageHit> hit, Map<String, Pages> pages) {
		PageHit page = hit.source();
		if (page == null) {
			throw new IllegalStateException("Search hit " + hit.id() + " came back without its source");
		}
		Snippet snippet = best(hit.highlight());
		Pages matching = pages.getOrDefault(page.documentId(), new Pages(1, List.of(page.page())));
		return new SearchResults.Hit(page.documentId(), page.title(), page.fileName(), page.page(), snippet.html(),
				(hit.score() != null) ? hit.score() : 0, matching.count(), matching.best());
	}

	private static List<Integer> innerPages(Hit<PageHit> hit) {
		InnerHitsResult inner = hit.innerHits().get(SearchRequests.PAGES);
		if (inner == null) {
			return List.of();
		}
		List<Integer> pages = new ArrayList<>();
		for (Hit<JsonData> page : inner.hits().hits()) {
			JsonData source = page.source();
			if (source != null) {
				pages.add(source.toJson().asJsonObject().getInt("page"));
			}
		}
		return pages;
	}

	/**
	 * One slice of every document matching a query, in document-id order, with no cap on
	 * how deep it goes.
	 * @throws IndexUnavailable when Elasticsearch cannot answer
	 */
	SearchListing all(String text, @Nullable String after, int size) {
		try {
			SearchResponse<PageHit> response = this.client.search(
					SearchRequests.all(new SearchQuery(text, 0, 1).text(), after, size, this.index.alias()),
					PageHit.class);
			List<SearchListing.Listed> documents = new ArrayList<>();
			for (Hit<PageHit> hit : response.hits().hits()) {
				PageHit page = hit.source();
				if (page == null) {
					continue;
				}
				List<Integer> pages = innerPages(hit);
				documents.add(new SearchListing.Listed(page.documentId(), page.title(), page.fileName(),
						pages.isEmpty() ? List.of(page.page()) : pages));
			}
			String next = (documents.size() == size) ? documents.getLast().documentId() : null;
			return new SearchListing(documents, next);
		}
		catch (ElasticsearchException ex) {
			throw failed(ex);
		}
		catch (IOException ex) {
			throw unavailable(ex);
		}
	}

	/**
	 * The pages of one document that match a query, best first.
	 * @throws IndexUnavailable when Elasticsearch cannot answer
	 */
	List<SearchResults.PageMatch> within(String documentId, String text) {
		try {
			SearchResponse<PageHit> response = this.client
				.search(SearchRequests.within(documentId, text, this.index.alias()), PageHit.class);
			return response.hits()
				.hits()
				.stream()
				.filter((h) -> h.source() != null)
				.map((h) -> new SearchResults.PageMatch(h.source().page(), best(h.highlight()).html()))
				.toList();
		}
		catch (ElasticsearchException ex) {
			throw failed(ex);
		}
		catch (IOException ex) {
			throw unavailable(ex);
		}
	}

	// The exact-form fragment is preferred; the folded one only when it marks more words
	// (an unaccented query).
	static Snippet best(Map<String, List<String>> highlight) {
		Snippet exact = first(highlight.get(SearchRequests.TEXT));
		Snippet folded = first(highlight.get(SearchRequests.TEXT_FOLDED));
		return (folded.marks() > exact.marks()) ? folded : exact;
	}

	private static Snippet first(@Nullable List<String> fragments) {
		return (fragments == null || fragments.isEmpty()) ? Snippet.EMPTY : Snippet.fromHighlight(fragments.get(0));
	}

	/**
	 * The fields of a page entry a hit needs.
	 *
	 * @param documentId the document
	 * @param title its title
	 * @param fileName its file name
	 * @param page the page number
	 */
	record PageHit(String documentId, String title, String fileName, int page) {
	}

	/**
	 * How many pages of a document match, and the best of them.
	 *
	 * @param count matching pages
	 * @param best the numbers of the best, best first (at most five)
	 */
	record Pages(long count, List<Integer> best) {
	}

	/**
	 * Elasticsearch's answers to one search.
	 *
	 * @param documents the page of document hits
	 * @param facets the facets and the number of matching documents
	 * @param pages for each document hit, its matching pages
	 */
	record Responses(SearchResponse<PageHit> documents, SearchResponse<Void> facets, Map<String, Pages> pages) {
	}

}
