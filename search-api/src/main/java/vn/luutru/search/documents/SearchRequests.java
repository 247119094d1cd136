package vn.luutru.search.documents;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import co.elastic.clients.util.NamedValue;

import vn.luutru.stores.elasticsearch.ArchiveEntry;

/**
 * Builds the archive search: page entries matched with and without diacritics, one hit
 * per document.
 *
 * <p>
 * Every clause matches on either {@code text} (exact Vietnamese, lowercased) or
 * {@code text.folded} (diacritics and đ folded away). A page matching the exact form
 * collects the exact clauses' score on top of the folded ones, so it ranks above a page
 * that only matches once folded; phrase clauses put the words in the typed order first.
 * The title counts too, for scans whose title says more than the page.
 */
final class SearchRequests {

	static final String DOCUMENTS = "documents";

	static final String TEXT = "text";

	static final String TEXT_FOLDED = "text.folded";

	// All words of a short query must match; of a longer one, three in four (OCR loses
	// words).
	static final String WORDS_TO_MATCH = "3<75%";

	private static final int FRAGMENT_SIZE = 160;

	// cardinality is exact below this many distinct documents, approximate (within a few
	// percent) above.
	private static final int PRECISION_THRESHOLD = 40_000;

	private SearchRequests() {
	}

	/** The search for one page of document hits. */
	static SearchRequest of(SearchQuery query, String index) {
		return SearchRequest.of((s) -> s.index(index)
			// Before the first ingestion the alias does not exist yet: that is an empty
			// archive, not an error.
			.ignoreUnavailable(true)
			.allowNoIndices(true)
			.from(query.from())
			.size(query.size())
			.trackTotalHits((t) -> t.enabled(false))
			.query(query(query.text()))
			.collapse((c) -> c.field("documentId"))
			.aggregations(DOCUMENTS,
					(a) -> a.cardinality((c) -> c.field("documentId").precisionThreshold(PRECISION_THRESHOLD)))
			.source((src) -> src.filter((f) -> f.includes("documentId", "title", "fileName", "page")))
			.highlight((h) -> h.type(HighlighterType.Unified)
				// Page text is OCR output or a PDF text layer: untrusted, so
				// Elasticsearch escapes it.
				.encoder(HighlighterEncoder.Html)
				.preTags(Snippet.MARK)
				.postTags(Snippet.END_MARK)
				.fields(NamedValue.of(TEXT, highlight(FRAGMENT_SIZE)), NamedValue.of(TEXT_FOLDED, highlight(0)))));
	}

	static Query query(String text) {
		return Query.of((q) -> q.bool((b) -> b
			.filter((f) -> f.term((t) -> t.field("entry").value(FieldValue.of(ArchiveEntry.Kind.PAGE.value()))))
			.should(match(TEXT, text, 3))
			.should(match(TEXT_FOLDED, text, 1))
			.should(phrase(TEXT, text, 4))
			.should(phrase(TEXT_FOLDED, text, 2))
			.should(match("title", text, 2))
			.should(match("title.folded", text, 1))
			.minimumShouldMatch("1")));
	}

	private static Query match(String field, String text, float boost) {
		return Query
			.of((q) -> q.match((m) -> m.field(field).query(text).minimumShouldMatch(WORDS_TO_MATCH).boost(boost)));
	}

	private static Query phrase(String field, String text, float boost) {
		return Query.of((q) -> q.matchPhrase((m) -> m.field(field).query(text).slop(1).boost(boost)));
	}

	// noMatchSize > 0 returns the page's opening words when this field did not match (the
	// fallback snippet).
	private static HighlightField highlight(int noMatchSize) {
		return HighlightField.of((f) -> f.fragmentSize(FRAGMENT_SIZE).numberOfFragments(1).noMatchSize(noMatchSize));
	}

}
