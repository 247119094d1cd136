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
import co.elastic.clients.elasticsearch.core.search.TotalHits;
import co.elastic.clients.json.JsonData;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.luutru.archive.index.IndexFields;
import vn.luutru.archive.index.ArchiveIndex;

/**
 * Runs archive searches: documents found on their own entries, then their best pages and
 * a safe snippet from their page entries.
 */
@Service
class ArchiveSearch {

	private static final Logger log = LoggerFactory.getLogger(ArchiveSearch.class);

	private final ElasticsearchClient client;

	private final ArchiveIndex index;

	// With three requests, the facets are asked for while the documents are: two
	// requests Elasticsearch runs side by side.
	private final ElasticsearchAsyncClient async;

	// Set from the properties; the search benchmark switches it between runs to compare
	// both executions through the API in one run.
	private volatile SearchProperties.Execution execution;

	// Masks personal data in snippets and titles for users who may not see it.
	private final PersonalDataViews personalData;

	ArchiveSearch(ElasticsearchClient client, ArchiveIndex index, PersonalDataViews personalData,
			SearchProperties properties) {
		this.client = client;
		this.execution = properties.execution();
		this.personalData = personalData;
		this.async = new ElasticsearchAsyncClient(client._transport(), client._transportOptions());
		this.index = index;
	}

	/** Sends the searches from now on as given (for the search benchmark). */
	void executeAs(SearchProperties.Execution execution) {
		this.execution = execution;
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
			.map(this.personalData::heading)
			.toList();
		return new SearchResults(responses.total(), query.page(), query.size(), hits, Facets.of(responses.facets()));
	}

	/**
	 * Elasticsearch's answers to a search: the documents and the facets, then the
	 * matching pages of the documents found.
	 */
	Responses fetch(SearchQuery query) {
		return switch (this.execution) {
			case TWO_REQUESTS -> fetchTogether(query);
			case THREE_REQUESTS -> fetchSideBySide(query);
		};
	}

	// The documents, the total and the facets in one request, then the pages.
	private Responses fetchTogether(SearchQuery query) {
		try {
			SearchResponse<DocumentHit> results = this.client.search(SearchRequests.results(query, this.index.alias()),
					DocumentHit.class);
			Map<String, Pages> pages = pages(query.text(), ids(results), true);
			return new Responses(results, total(results), results.aggregations(), pages);
		}
		catch (ElasticsearchException ex) {
			throw failed(ex);
		}
		catch (IOException ex) {
			throw unavailable(ex);
		}
	}

	// The documents and the facets as two requests side by side, then the pages.
	private Responses fetchSideBySide(SearchQuery query) {
		String alias = this.index.alias();
		CompletableFuture<SearchResponse<Void>> facets = this.async.search(SearchRequests.facets(query, alias),
				Void.class);
		try {
			SearchResponse<DocumentHit> documents = this.client.search(SearchRequests.documents(query, alias),
					DocumentHit.class);
			Map<String, Pages> pages = pages(query.text(), ids(documents), true);
			SearchResponse<Void> counted = facets.join();
			return new Responses(documents, total(counted), counted.aggregations(), pages);
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

	/** The ids of the documents found, in the answer's order. */
	static List<String> ids(SearchResponse<DocumentHit> documents) {
		return documents.hits()
			.hits()
			.stream()
			.map(Hit::source)
			.filter(Objects::nonNull)
			.map(DocumentHit::documentId)
			.toList();
	}

	/** The matching pages of these documents, with the best one's snippet if asked. */
	private Map<String, Pages> pages(String text, List<String> documentIds, boolean withSnippets) throws IOException {
		if (documentIds.isEmpty()) {
			return Map.of();
		}
		Aggregate byDocument = this.client
			.search(SearchRequests.pages(text, documentIds, withSnippets, this.index.alias()), Void.class)
			.aggregations()
			.get(SearchRequests.PAGES);
		if (byDocument == null || !byDocument.isSterms()) {
			return Map.of();
		}
		Snippets snippets = Snippets.forQuery(text);
		Map<String, Pages> pages = new HashMap<>();
		for (StringTermsBucket bucket : byDocument.sterms().buckets().array()) {
			List<Integer> numbers = new ArrayList<>();
			topHits(bucket, SearchRequests.BEST_PAGES).forEach((page) -> numbers.add(pageNumber(page)));
			Snippet snippet = topHits(bucket, SearchRequests.BEST_SNIPPET).stream()
				.findFirst()
				.map((page) -> this.personalData.snippet(bucket.key().stringValue(), snippets, pageText(page)))
				.orElse(Snippet.EMPTY);
			pages.put(bucket.key().stringValue(), new Pages(bucket.docCount(), numbers, snippet));
		}
		return pages;
	}

	private static List<Hit<JsonData>> topHits(StringTermsBucket bucket, String name) {
		Aggregate top = bucket.aggregations().get(name);
		return (top != null && top.isTopHits()) ? top.topHits().hits().hits() : List.of();
	}

	private static @Nullable String pageText(Hit<JsonData> page) {
		JsonData source = page.source();
		if (source == null) {
			return null;
		}
		JsonValue text = source.toJson().asJsonObject().get(SearchRequests.TEXT);
		return (text instanceof JsonString string) ? string.getString() : null;
	}

	private static int pageNumber(Hit<JsonData> page) {
		JsonData number = page.fields().get(IndexFields.PAGE);
		return (number != null) ? number.toJson().asJsonArray().getInt(0) : 1;
	}

	// A query Elasticsearch refuses is the caller's to fix; anything else is the
	// index's.
	private static RuntimeException failed(ElasticsearchException ex) {
		if (ex.status() == 400) {
			return new InvalidSearch("Elasticsearch cannot run this query: " + ex.error().reason());
		}
		return unavailable(ex);
	}

	// The query itself is not logged: officers search for applicants' names, which are
	// personal data.
	private static IndexUnavailable unavailable(Exception ex) {
		log.warn("Search failed: {}", ex.getMessage(), ex);
		return new IndexUnavailable(ex);
	}

	private static long total(SearchResponse<?> facets) {
		TotalHits total = facets.hits().total();
		return (total != null) ? total.value() : 0;
	}

	// A document whose words are spread over several pages, none of which matches the
	// whole query on its own, has no matching page: it opens at its first.
	private static SearchResults.Hit hit(Hit<DocumentHit> hit, Map<String, Pages> pages) {
		DocumentHit document = hit.source();
		if (document == null) {
			throw new IllegalStateException("Search hit " + hit.id() + " came back without its source");
		}
		Pages matching = pages.getOrDefault(document.documentId(), Pages.NONE);
		int page = matching.best().isEmpty() ? 1 : matching.best().getFirst();
		return new SearchResults.Hit(document.documentId(), document.title(), document.subject(), document.fileName(),
				page, matching.snippet().html(), (hit.score() != null) ? hit.score() : 0, matching.count(),
				matching.best());
	}

	/**
	 * One slice of every document matching a query, in document-id order, with no cap on
	 * how deep it goes.
	 * @throws IndexUnavailable when Elasticsearch cannot answer
	 */
	SearchListing all(String text, @Nullable String after, int size) {
		try {
			// Normalised once, for both requests.
			String normalised = new SearchQuery(text, 0, 1).text();
			SearchResponse<DocumentHit> response = this.client
				.search(SearchRequests.all(normalised, after, size, this.index.alias()), DocumentHit.class);
			Map<String, Pages> pages = pages(normalised, ids(response), false);
			List<SearchListing.Listed> documents = new ArrayList<>();
			for (Hit<DocumentHit> hit : response.hits().hits()) {
				DocumentHit document = hit.source();
				if (document == null) {
					continue;
				}
				documents.add(new SearchListing.Listed(document.documentId(),
						this.personalData.title(document.documentId(), document.title()), document.fileName(),
						pages.getOrDefault(document.documentId(), Pages.NONE).best()));
			}
			String next = (response.hits().hits().size() == size) ? documents.getLast().documentId() : null;
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
			Snippets snippets = Snippets.forQuery(text);
			return response.hits()
				.hits()
				.stream()
				.filter((h) -> h.source() != null)
				.map((h) -> new SearchResults.PageMatch(h.source().page(),
						this.personalData.snippet(documentId, snippets, h.source().text()).html()))
				.toList();
		}
		catch (ElasticsearchException ex) {
			throw failed(ex);
		}
		catch (IOException ex) {
			throw unavailable(ex);
		}
	}

	/**
	 * The fields of a page entry a match within a document needs.
	 *
	 * @param page the page number
	 * @param text the page's text
	 */
	record PageHit(int page, @Nullable String text) {
	}

	/**
	 * The fields of a document entry a hit needs.
	 *
	 * @param documentId the document
	 * @param title its title
	 * @param subject its subject, null when none was read
	 * @param fileName its file name
	 */
	record DocumentHit(String documentId, String title, @Nullable String subject, String fileName) {
	}

	/**
	 * How many pages of a document match, the best of them, and the best one's snippet.
	 *
	 * @param count matching pages
	 * @param best the numbers of the best, best first (at most five)
	 * @param snippet the best page's snippet, {@link Snippet#EMPTY} when not asked for
	 */
	record Pages(long count, List<Integer> best, Snippet snippet) {

		static final Pages NONE = new Pages(0, List.of(), Snippet.EMPTY);

	}

	/**
	 * Elasticsearch's answers to one search.
	 *
	 * @param documents the page of document hits
	 * @param total the number of matching documents
	 * @param facets the facets' aggregations
	 * @param pages for each document hit, its matching pages
	 */
	record Responses(SearchResponse<DocumentHit> documents, long total, Map<String, Aggregate> facets,
			Map<String, Pages> pages) {
	}

}
