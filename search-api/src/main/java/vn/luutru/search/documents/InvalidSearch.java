package vn.luutru.search.documents;

/**
 * A search was asked for with a blank query, a page size out of range, or a page too deep
 * to fetch.
 */
class InvalidSearch extends RuntimeException {

	InvalidSearch(String message) {
		super(message);
	}

}
