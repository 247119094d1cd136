package vn.luutru.search.documents;

import org.springframework.http.HttpStatus;

import vn.luutru.search.system.ProblemException;

/**
 * A search was asked for with a blank query, a page size out of range, or a page too deep
 * to fetch.
 */
class InvalidSearch extends ProblemException {

	InvalidSearch(String message) {
		super(HttpStatus.BAD_REQUEST, "invalid-search", "Invalid search", message);
	}

}
