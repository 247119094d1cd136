package vn.luutru.search.documents;

import java.util.List;
import java.util.Map;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.search.export.PackageSource;

/**
 * A search's documents as an archival package: the first documents the query matches, in
 * document-id order, as {@code /api/search/all} lists them.
 *
 * @param query the query, as typed
 * @param ids the documents
 * @param more whether the query matches more documents than the package holds
 */
record SearchPackage(String query, List<DocumentId> ids, boolean more) implements PackageSource {

	@Override
	public String kind() {
		return "search";
	}

	@Override
	public String id() {
		return this.query.isBlank() ? "*" : this.query;
	}

	@Override
	public Map<String, Object> description() {
		return Map.of("query", this.query, "documents", this.ids.size(), "truncated", this.more);
	}

	@Override
	public List<DocumentId> documents() {
		return this.ids;
	}

}
