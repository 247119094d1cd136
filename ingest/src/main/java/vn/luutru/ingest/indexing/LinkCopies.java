package vn.luutru.ingest.indexing;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.links.DossierLinks;

/**
 * Copies documents' current dossier links, as PostgreSQL holds them, onto their entries
 * in one index: how a reindex applies the link changes made while it ran.
 */
final class LinkCopies {

	private final ElasticsearchClient client;

	private final DossierLinks links;

	private final Documents documents;

	LinkCopies(ElasticsearchClient client, DossierLinks links, Documents documents) {
		this.client = client;
		this.links = links;
		this.documents = documents;
	}

	/**
	 * Writes the documents' links to their document and page entries in the index.
	 * @throws IllegalStateException when the index refuses one
	 */
	void copy(String index, Collection<String> documentIds) throws IOException {
		if (documentIds.isEmpty()) {
			return;
		}
		Map<String, ArchiveEntry.Links> current = this.links.of(documentIds);
		BulkRequest.Builder bulk = new BulkRequest.Builder();
		for (String documentId : documentIds) {
			Map<String, Object> change = new HashMap<>();
			change.put("dossiers", current.get(documentId));
			int pages = this.documents.find(DocumentId.of(documentId)).map((d) -> d.pageCount()).orElse(0);
			for (int page = 0; page <= pages; page++) {
				String id = (page == 0) ? documentId : documentId + "/" + page;
				bulk.operations((o) -> o.update((u) -> u.index(index).id(id).action((a) -> a.doc(change))));
			}
		}
		BulkResponse response = this.client.bulk(bulk.build());
		// A missing entry (a document that could not be rebuilt) has nothing to carry
		// them.
		response.items()
			.stream()
			.filter((item) -> item.error() != null && item.status() != 404)
			.findFirst()
			.ifPresent((item) -> {
				throw new IllegalStateException("Cannot copy the dossier links of " + item.id() + " onto " + index
						+ ": " + item.error().reason());
			});
	}

}
