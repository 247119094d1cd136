package vn.luutru.search.documents;

import java.text.Normalizer;

/**
 * What an officer asked for: the words, NFC-normalised, and which page of results.
 *
 * @param text the words, with or without diacritics
 * @param page 0-based page of results
 * @param size hits per page, 1 to {@value #MAX_SIZE}
 */
record SearchQuery(String text, int page, int size) {

	static final int DEFAULT_SIZE = 10;

	static final int MAX_SIZE = 100;

	static final int MAX_LENGTH = 500;

	// index.max_result_window in archive-index.json: Elasticsearch refuses to page
	// deeper.
	static final int MAX_WINDOW = 10_000;

	/**
	 * Normalises and checks a query.
	 * @throws InvalidSearch when the words are blank or too long, or the page is out of
	 * range
	 */
	SearchQuery {
		// Input methods send NFD or NFC depending on the platform; the index holds NFC
		// text.
		text = Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
		if (text.isEmpty()) {
			throw new InvalidSearch("The query q is empty: give at least one word to search for.");
		}
		if (text.length() > MAX_LENGTH) {
			throw new InvalidSearch(
					"The query q has " + text.length() + " characters; at most " + MAX_LENGTH + " are allowed.");
		}
		if (page < 0) {
			throw new InvalidSearch("page is 0-based and cannot be negative, not " + page + ".");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidSearch("size must be between 1 and " + MAX_SIZE + ", not " + size + ".");
		}
		if ((long) page * size + size > MAX_WINDOW) {
			throw new InvalidSearch("Only the first " + MAX_WINDOW + " hits can be paged through; refine the query.");
		}
	}

	/** The index of the first hit of this page. */
	int from() {
		return this.page * this.size;
	}

}
