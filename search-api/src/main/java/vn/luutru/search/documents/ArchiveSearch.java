package vn.luutru.search.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
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

	ArchiveSearch(ElasticsearchClient client, ArchiveIndex index) {
		this.client = client;
		this.index = index;
	}

	/**
	 * Finds the documents matching a query, one hit per document with its best page.
	 * @throws IndexUnavailable when Elasticsearch cannot answer
	 */
	SearchResults search(SearchQuery query) {
		SearchResponse<PageHit> response = execute(query);
		List<SearchResults.Hit> hits = response.hits().hits().stream().map(ArchiveSearch::hit).toList();
		return new SearchResults(total(response.aggregations()), query.page(), query.size(), hits,
				Facets.of(response.aggregations()));
	}

	private SearchResponse<PageHit> execute(SearchQuery query) {
		try {
			return this.client.search(SearchRequests.of(query, this.index.alias()), PageHit.class);
		}
		catch (ElasticsearchException ex) {
			if (ex.status() == 400) {
				throw new InvalidSearch("Elasticsearch cannot run this query: " + ex.error().reason());
			}
			throw unavailable(ex);
		}
		catch (IOException ex) {
			throw unavailable(ex);
		}
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

	private static SearchResults.Hit hit(Hit<PageHit> hit) {
		PageHit page = hit.source();
		if (page == null) {
			throw new IllegalStateException("Search hit " + hit.id() + " came back without its source");
		}
		Snippet snippet = best(hit.highlight());
		return new SearchResults.Hit(page.documentId(), page.title(), page.fileName(), page.page(), snippet.html(),
				(hit.score() != null) ? hit.score() : 0, pages(hit));
	}

	private static List<SearchResults.PageMatch> pages(Hit<PageHit> hit) {
		InnerHitsResult inner = hit.innerHits().get(SearchRequests.PAGES);
		if (inner == null) {
			return List.of();
		}
		List<SearchResults.PageMatch> pages = new ArrayList<>();
		for (Hit<JsonData> page : inner.hits().hits()) {
			JsonData source = page.source();
			if (source != null) {
				int number = source.toJson().asJsonObject().getInt("page");
				pages.add(new SearchResults.PageMatch(number, best(page.highlight()).html()));
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
				List<Integer> pages = pages(hit).stream().map(SearchResults.PageMatch::page).toList();
				documents.add(new SearchListing.Listed(page.documentId(), page.title(), page.fileName(),
						pages.isEmpty() ? List.of(page.page()) : pages));
			}
			String next = (documents.size() == size) ? documents.getLast().documentId() : null;
			return new SearchListing(documents, next);
		}
		catch (ElasticsearchException ex) {
			if (ex.status() == 400) {
				throw new InvalidSearch("Elasticsearch cannot run this query: " + ex.error().reason());
			}
			throw unavailable(ex);
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
			if (ex.status() == 400) {
				throw new InvalidSearch("Elasticsearch cannot run this query: " + ex.error().reason());
			}
			throw unavailable(ex);
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

}
