package vn.luutru.search.documents;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One page of search results: documents, each with its best matching page.
 *
 * @param total how many documents match
 * @param page the 0-based page of results
 * @param size the page size asked for
 * @param hits the documents of this page, best first
 * @param facets for each facet ({@code kind}, {@code year}, {@code adminUnit},
 * {@code textSource}, {@code ocrConfidence}) its values with the number of matching
 * documents
 */
record SearchResults(long total, int page, int size, List<Hit> hits, Map<String, List<Facets.Facet>> facets) {

	/**
	 * A matching document.
	 *
	 * @param documentId the document's id
	 * @param title its title: its type, number and subject when they were read ("THÔNG
	 * BÁO 977/TB-STNMT: Kết quả thẩm định …"), else its first line or file name
	 * @param subject its subject ("trích yếu": "Về việc …", "V/v …"; a map's sheet, unit
	 * and scale); null when none was read
	 * @param fileName the original's file name
	 * @param page the 1-based number of its best matching page; 1 when no single page
	 * matches the whole query (its words are spread over several pages)
	 * @param snippet HTML: escaped page text with the matched words in
	 * {@code <mark>…</mark>}; empty when no single page matches
	 * @param score the relevance score of the document
	 * @param matchingPages how many of the document's pages match the whole query on
	 * their own (0 when its words are spread over several pages)
	 * @param pages the numbers of its best matching pages, best first (at most five, the
	 * best page among them)
	 */
	record Hit(String documentId, String title, @Nullable String subject, String fileName, int page, String snippet,
			double score, long matchingPages, List<Integer> pages) {

		/** This hit with another title and subject (their personal data masked). */
		Hit withTitle(String title, @Nullable String subject) {
			return new Hit(this.documentId, title, subject, this.fileName, this.page, this.snippet, this.score,
					this.matchingPages, this.pages);
		}

	}

	/**
	 * A matching page of a document, from a search within it.
	 *
	 * @param page the 1-based page number
	 * @param snippet HTML as in {@link Hit#snippet()}
	 */
	record PageMatch(int page, String snippet) {
	}

}
