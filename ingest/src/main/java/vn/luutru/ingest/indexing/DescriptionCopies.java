package vn.luutru.ingest.indexing;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;

import vn.luutru.archive.index.DocumentEntry;
import vn.luutru.archive.index.IndexFields;
import vn.luutru.archive.records.ArchivalDescriptions;

/**
 * Copies documents' archival terms, as PostgreSQL keeps them now, onto their document
 * entries in one index: how a reindex applies the descriptions saved and the documents
 * filed while it ran (the web server wrote those to the index the alias still pointed
 * at).
 */
final class DescriptionCopies {

	private final ElasticsearchClient client;

	private final ArchivalDescriptions archival;

	DescriptionCopies(ElasticsearchClient client, ArchivalDescriptions archival) {
		this.client = client;
		this.archival = archival;
	}

	/**
	 * Writes the documents' terms to their document entries.
	 * @throws IllegalStateException when the index refuses one
	 */
	void copy(String index, Collection<String> documentIds) throws IOException {
		if (documentIds.isEmpty()) {
			return;
		}
		Map<String, ArchivalDescriptions.Kept> kept = this.archival.of(documentIds);
		MgetResponse<DocumentEntry> entries = this.client.mget((m) -> m.index(index).ids(documentIds.stream().toList()),
				DocumentEntry.class);
		BulkRequest.Builder bulk = new BulkRequest.Builder();
		int changes = 0;
		for (var doc : entries.docs()) {
			if (!doc.isResult() || !doc.result().found() || doc.result().source() == null) {
				// Not rebuilt: nothing carries them.
				continue;
			}
			DocumentEntry entry = doc.result().source();
			Map<String, Object> change = new HashMap<>();
			change.put(IndexFields.ARCHIVAL, this.archival.terms(entry, kept.get(entry.documentId())));
			bulk.operations((o) -> o.update((u) -> u.index(index).id(entry.documentId()).action((a) -> a.doc(change))));
			changes++;
		}
		if (changes == 0) {
			return;
		}
		BulkResponse response = this.client.bulk(bulk.build());
		if (response.errors()) {
			throw new IllegalStateException("The index " + index + " refused archival descriptions: "
					+ response.items().stream().filter((i) -> i.error() != null).findFirst().orElseThrow().error());
		}
	}

}
