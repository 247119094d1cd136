package vn.luutru.search.documents;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One slice of every document matching a query.
 *
 * @param documents the documents, in document-id order
 * @param next the {@code after} value for the next slice; {@code null} after the last
 */
record SearchListing(List<Listed> documents, @Nullable String next) {

	static final int MAX_SIZE = 1000;

	/**
	 * A matching document.
	 *
	 * @param documentId its id
	 * @param title its title
	 * @param fileName the original's file name
	 * @param pages its matching pages, best first (up to five)
	 */
	record Listed(String documentId, String title, String fileName, List<Integer> pages) {
	}

}
