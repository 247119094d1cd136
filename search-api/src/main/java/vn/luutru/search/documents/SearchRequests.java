package vn.luutru.search.documents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import org.jspecify.annotations.Nullable;

import vn.luutru.archive.index.PageEntry;
import vn.luutru.archive.index.IndexFields;
import vn.luutru.archive.index.DocumentEntry;

/**
 * Builds the archive search: documents matched with and without diacritics over their
 * document entries (which hold every page's text), then the best pages of the documents
 * shown over their page entries.
 *
 * <p>
 * Every clause matches on either the exact form (Vietnamese, lowercased) or the folded
 * form (diacritics and đ folded away). An entry matching the exact form collects the
 * exact clauses' score on top of the folded ones, so it ranks above one that only matches
 * once folded; phrase clauses put the words in the typed order first. The title counts
 * too, for scans whose title says more than the page.
 *
 * <p>
 * Documents are found and counted on their own entries, one entry a document: no
 * collapsing of pages into documents (which made Elasticsearch score every matching page
 * and gave up its skipping of entries that cannot make the page of results) and no
 * counting of distinct documents per facet value.
 */
final class SearchRequests {

	static final String DOCUMENTS = "documents";

	static final String PAGES = "pages";

	static final String BEST_PAGES = "best";

	static final String BEST_SNIPPET = "snippet";

	// The best page and up to four more per document: enough to see where else it
	// matches without turning a result list into a page list.
	private static final int OTHER_PAGES = 5;

	static final String TEXT = IndexFields.TEXT;

	static final String TEXT_FOLDED = IndexFields.TEXT_FOLDED;

	static final String CONTENT = IndexFields.CONTENT;

	static final String CONTENT_FOLDED = IndexFields.CONTENT_FOLDED;

	/**
	 * Which entries a query runs over, and the fields holding their text.
	 */
	enum Over {

		/** Document entries: every page's text. */
		DOCUMENTS(DocumentEntry.KIND, CONTENT, CONTENT_FOLDED),

		/** Page entries: one page's text. */
		PAGES(PageEntry.KIND, TEXT, TEXT_FOLDED);

		private final String kind;

		private final String exact;

		private final String folded;

		Over(String kind, String exact, String folded) {
			this.kind = kind;
			this.exact = exact;
			this.folded = folded;
		}

		String folded() {
			return this.folded;
		}

		/** Whether a match is a page (not a whole document). */
		boolean pages() {
			return this != DOCUMENTS;
		}

	}

	// All words of a short query must match; of a longer one, three in four (OCR loses
	// words).
	static final String WORDS_TO_MATCH = "3<75%";

	// How far apart, in positions, the typed words may be to count as close together:
	// about a line of an A4 page.
	static final int PROXIMITY = 8;

	// The shortest word OCR errors are forgiven in (one edit from five letters, two from
	// eight): Vietnamese syllables are short, and one edit in "đất" makes "đặt", "đá",
	// "để".
	static final int FUZZY_FROM = 5;

	private SearchRequests() {
	}

	/**
	 * The search within one document: its matching pages, best first, with their text for
	 * the snippets.
	 */
	static SearchRequest within(String documentId, String text, String index) {
		return SearchRequest.of((s) -> s.index(index)
			.ignoreUnavailable(true)
			.allowNoIndices(true)
			.size(SearchQuery.MAX_SIZE)
			.query((q) -> q.bool((b) -> b.must(query(text, Over.PAGES))
				.filter((f) -> f.term((t) -> t.field(IndexFields.DOCUMENT_ID).value(FieldValue.of(documentId))))))
			.source((src) -> src.filter((f) -> f.includes(IndexFields.PAGE, TEXT))));
	}

	/**
	 * Every document matching a query, in document-id order, one slice at a time, with no
	 * cap on how deep it goes ({@code search_after} on the document id).
	 * @param after the last document id of the previous slice, or {@code null} for the
	 * first
	 */
	static SearchRequest all(String text, @Nullable String after, int size, String index) {
		return SearchRequest.of((s) -> {
			s.index(index)
				.ignoreUnavailable(true)
				.allowNoIndices(true)
				.size(size)
				.trackTotalHits((t) -> t.enabled(false))
				.query((q) -> q.bool((b) -> b.filter(query(text, Over.DOCUMENTS))))
				.sort((so) -> so.field((f) -> f.field(IndexFields.DOCUMENT_ID).order(SortOrder.Asc)))
				.source((src) -> src
					.filter((f) -> f.includes(IndexFields.DOCUMENT_ID, IndexFields.TITLE, IndexFields.FILE_NAME)));
			if (after != null) {
				s.searchAfter(FieldValue.of(after));
			}
			return s;
		});
	}

	/**
	 * The first request of a search: one page of documents, best first. Nothing else
	 * rides on it, so Elasticsearch scores only the entries that can still make the page
	 * of results and skips the rest.
	 */
	static SearchRequest documents(SearchQuery query, String index) {
		return SearchRequest.of((s) -> s.index(index)
			// Before the first ingestion the alias does not exist yet: that is an empty
			// archive, not an error.
			.ignoreUnavailable(true)
			.allowNoIndices(true)
			.from(query.from())
			.size(query.size())
			.trackTotalHits((t) -> t.enabled(false))
			.query(query(query.text(), Over.DOCUMENTS))
			.source((src) -> src.filter((f) -> f.includes(IndexFields.DOCUMENT_ID, IndexFields.TITLE,
					IndexFields.SUBJECT, IndexFields.FILE_NAME))));
	}

	/**
	 * The first request of a search, facets included: the page of documents, best first,
	 * the exact number of documents matching and the facets, all counted on the same
	 * execution of the query. Elasticsearch scores every match instead of skipping those
	 * that cannot make the page, but runs the query (and rewrites its fuzzy words) once
	 * rather than twice, and answers one request rather than two.
	 */
	static SearchRequest results(SearchQuery query, String index) {
		return SearchRequest.of((s) -> s.index(index)
			.ignoreUnavailable(true)
			.allowNoIndices(true)
			.from(query.from())
			.size(query.size())
			.trackTotalHits((t) -> t.enabled(true))
			.query(query(query.text(), Over.DOCUMENTS))
			.aggregations(Facets.aggregations())
			.source((src) -> src.filter((f) -> f.includes(IndexFields.DOCUMENT_ID, IndexFields.TITLE,
					IndexFields.SUBJECT, IndexFields.FILE_NAME))));
	}

	// Pages that score the same come in page order, whichever request finds them.
	private static List<SortOptions> byScoreThenPage(String page) {
		return List.of(SortOptions.of((o) -> o.score((sc) -> sc.order(SortOrder.Desc))),
				SortOptions.of((o) -> o.field((f) -> f.field(page).order(SortOrder.Asc))));
	}

	/**
	 * Sent beside {@link #documents}: how many documents match, exactly, and the facets.
	 * The query is a filter here (counting needs no scores), and a request of size 0 is
	 * one Elasticsearch's shard request cache keeps until the index next changes.
	 */
	static SearchRequest facets(SearchQuery query, String index) {
		Query matching = query(query.text(), Over.DOCUMENTS);
		return SearchRequest.of((s) -> s.index(index)
			.ignoreUnavailable(true)
			.allowNoIndices(true)
			.size(0)
			.trackTotalHits((t) -> t.enabled(true))
			.query((q) -> q.bool((b) -> b.filter(matching)))
			.aggregations(Facets.aggregations()));
	}

	/**
	 * After {@link #documents}: for each document found, how many of its pages match,
	 * which match best and, when asked, the best one's text for its snippet. One request
	 * over those documents' pages, where a search per document would be one request each.
	 */
	static SearchRequest pages(String text, List<String> documentIds, boolean snippets, String index) {
		List<FieldValue> ids = documentIds.stream().map(FieldValue::of).toList();
		return SearchRequest.of((s) -> s.index(index)
			.ignoreUnavailable(true)
			.allowNoIndices(true)
			.size(0)
			.trackTotalHits((t) -> t.enabled(false))
			.query((q) -> q.bool((b) -> b.must(query(text, Over.PAGES))
				.filter((f) -> f.terms((t) -> t.field(IndexFields.DOCUMENT_ID).terms((v) -> v.value(ids))))))
			.aggregations(PAGES, (a) -> {
				a.terms((t) -> t.field(IndexFields.DOCUMENT_ID).size(ids.size()))
					.aggregations(BEST_PAGES,
							(best) -> best.topHits((th) -> th.size(OTHER_PAGES)
								.sort(byScoreThenPage(IndexFields.PAGE))
								.source((src) -> src.fetch(false))
								.docvalueFields((f) -> f.field(IndexFields.PAGE))));
				if (snippets) {
					// The best page's text, for its snippet.
					a.aggregations(BEST_SNIPPET,
							(best) -> best.topHits((th) -> th.size(1)
								.sort(byScoreThenPage(IndexFields.PAGE))
								.source((src) -> src.filter((f) -> f.includes(TEXT)))));
				}
				return a;
			}));
	}

	static Query query(String text, Over over) {
		OfficerQuery query = OfficerQuery.parse(text);
		if (!query.hasText() && query.filters().isEmpty()) {
			throw new InvalidSearch(
					"The query only excludes words: give a word, a phrase or a field filter to search" + " for.");
		}
		QueryIdentifiers named = QueryIdentifiers.read(query.words());
		Query matching = Query.of((q) -> q.bool((b) -> {
			b.filter((f) -> f.term((t) -> t.field(IndexFields.ENTRY).value(over.kind)));
			if (!query.words().isEmpty()) {
				b.should(match(over.exact, query.words(), 3))
					.should(match(over.folded, query.words(), 1))
					.should(phrase(over.exact, query.words(), 4))
					.should(phrase(over.folded, query.words(), 2))
					// Proximity: the words close together (a line, a sentence) score
					// more than the same words scattered over a page.
					.should(near(over.folded, query.words()));
				if (!over.pages()) {
					// A document's title and subject: the same on each of its pages, so
					// they say which documents match, not which of their pages.
					b.should(match(IndexFields.TITLE, query.words(), 2))
						.should(match(IndexFields.TITLE_FOLDED, query.words(), 1))
						.should(phrase(IndexFields.TITLE_FOLDED, query.words(), 2))
						.should(match(IndexFields.SUBJECT, query.words(), 2))
						.should(match(IndexFields.SUBJECT_FOLDED, query.words(), 1))
						.should(Ranking.wholeTitle(query.words()));
				}
				// Identifiers written into the words match those read from the pages.
				Ranking.identifiers(named, over).forEach(b::should);
				String words = withoutNumbers(query.words());
				// Fuzziness edits only words of FUZZY_FROM letters or more: for a
				// query of shorter words the clause would match exactly what the
				// folded match does, and cost more than it.
				if (Arrays.stream(words.split("\\s+")).anyMatch((w) -> w.length() >= FUZZY_FROM)) {
					// OCR drops and swaps letters: the folded words may differ by an edit
					// or two from those typed, scoring less than any exact match. Numbers
					// and codes are left out: 977 must not find 971.
					b.should((s) -> s.match((m) -> m.field(over.folded)
						.query(words)
						.fuzziness("AUTO:" + FUZZY_FROM + ",8")
						.prefixLength(1)
						.maxExpansions(20)
						.minimumShouldMatch(WORDS_TO_MATCH)
						.boost(0.3f)));
				}
				b.minimumShouldMatch("1");
			}
			for (String phrase : query.phrases()) {
				// The exact form scores more; the folded form matches a phrase typed
				// without diacritics.
				b.must((m) -> m.bool((either) -> either.should(phrase(over.exact, phrase, 4))
					.should(phrase(over.folded, phrase, 2))
					.minimumShouldMatch("1")));
			}
			for (String excluded : query.excluded()) {
				b.mustNot((n) -> n.matchPhrase((m) -> m.field(over.folded).query(excluded)));
			}
			// The pages of the documents found are told apart by what is on each page;
			// what a document is (its kind, place, dossiers, archival terms) the search
			// finding the documents has applied.
			filters(query.filters().stream().filter((f) -> !over.pages() || f.field().pageLevel()).toList())
				.forEach(b::filter);
			return b;
		}));
		List<Query> boosts = Ranking.boosts(named, over);
		if (boosts.isEmpty()) {
			return matching;
		}
		// What only says which of the matches is more likely the one (the kind of
		// document named, its ward) ranks, but matches nothing on its own.
		return Query.of((q) -> q.bool((b) -> b.must(matching).should(boosts)));
	}

	/** The words that hold no digit: the ones fuzziness may apply to. */
	static String withoutNumbers(String words) {
		return String.join(" ", Arrays.stream(words.split("\\s+")).filter((w) -> !w.matches(".*\\d.*")).toList())
			.strip();
	}

	/**
	 * The field filters as queries; a parcel and a sheet typed together must be the same
	 * parcel ("thua:125 to:12" is parcel 125 on sheet 12, not any parcel 125 on a page
	 * that also names sheet 12).
	 */
	static List<Query> filters(List<OfficerQuery.Filter> filters) {
		List<Query> queries = new ArrayList<>();
		String sheet = filters.stream()
			.filter((f) -> f.field() == OfficerQuery.Field.TO)
			.map(OfficerQuery.Filter::value)
			.findFirst()
			.orElse(null);
		for (OfficerQuery.Filter filter : filters) {
			String field = filter.field().indexField();
			queries.add(switch (filter.field()) {
				case THUA ->
					(sheet != null) ? Query.of((q) -> q.term((t) -> t.field(field).value(sheet + "/" + filter.value())))
							: Query.of((q) -> q.wildcard((w) -> w.field(field).value("*/" + filter.value())));
				case DVHC, PHUONG, QUAN -> Query.of((q) -> q.matchPhrase((m) -> m.field(field).query(filter.value())));
				case VUNG -> Area.parse(filter.value()).query();
				case HOSO -> filter.value().equals("co") ? Query.of((q) -> q.exists((e) -> e.field(field)))
						: Query.of((q) -> q.bool((b) -> b.mustNot((n) -> n.exists((e) -> e.field(field)))));
				default -> Query.of((q) -> q.term((t) -> t.field(field).value(filter.value())));
			});
		}
		return queries;
	}

	private static Query match(String field, String text, float boost) {
		return Query
			.of((q) -> q.match((m) -> m.field(field).query(text).minimumShouldMatch(WORDS_TO_MATCH).boost(boost)));
	}

	private static Query near(String field, String text) {
		return Query.of((q) -> q.matchPhrase((m) -> m.field(field).query(text).slop(PROXIMITY).boost(1f)));
	}

	private static Query phrase(String field, String text, float boost) {
		return Query.of((q) -> q.matchPhrase((m) -> m.field(field).query(text).slop(1).boost(boost)));
	}

}
