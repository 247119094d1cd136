package vn.luutru.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;

import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.index.ArchiveEntry.Identifiers;
import vn.luutru.archive.index.ArchiveIndex;

/**
 * Test fixtures' entries completed as the ingestion job writes them: every document with
 * a document entry holding its pages' texts and the union of their identifiers.
 */
public final class ArchiveEntries {

	private ArchiveEntries() {
	}

	/**
	 * The entries given, each document entry filled from its pages, plus a document entry
	 * for each document given only as pages.
	 */
	public static List<ArchiveEntry> complete(List<ArchiveEntry> entries) {
		Map<String, List<ArchiveEntry>> pages = new LinkedHashMap<>();
		Map<String, ArchiveEntry> documents = new LinkedHashMap<>();
		for (ArchiveEntry entry : entries) {
			if (entry.page() != null) {
				pages.computeIfAbsent(entry.documentId(), (id) -> new ArrayList<>()).add(entry);
			}
			else {
				documents.put(entry.documentId(), entry);
			}
		}
		List<ArchiveEntry> complete = new ArrayList<>();
		pages.forEach((id, documentPages) -> {
			ArchiveEntry document = documents.remove(id);
			complete.add((document == null) ? ArchiveEntry.document(documentPages) : filled(document, documentPages));
			complete.addAll(documentPages);
		});
		complete.addAll(documents.values());
		return complete;
	}

	/**
	 * Indexes the entries {@link #complete completed} in one bulk request and refreshes,
	 * so that searches see them.
	 * @throws IllegalStateException when Elasticsearch refuses any of them
	 */
	public static void index(ElasticsearchClient client, ArchiveIndex index, List<ArchiveEntry> entries)
			throws IOException {
		index.ensureExists();
		BulkRequest.Builder bulk = new BulkRequest.Builder();
		for (ArchiveEntry entry : complete(entries)) {
			bulk.operations((o) -> o.index((i) -> i.index(index.alias()).id(entry.id()).document(entry)));
		}
		BulkResponse response = client.bulk(bulk.build());
		if (response.errors()) {
			throw new IllegalStateException("Elasticsearch refused test entries: " + response.items()
				.stream()
				.filter((item) -> item.error() != null)
				.map((item) -> item.id() + ": " + item.error().reason())
				.toList());
		}
		index.refresh();
	}

	private static ArchiveEntry filled(ArchiveEntry document, List<ArchiveEntry> pages) {
		ArchiveEntry identified = (document.identifiers() != null) ? document : document.withIdentifiers(
				Identifiers.union(pages.stream().map(ArchiveEntry::identifiers).filter(Objects::nonNull).toList()));
		return identified.withContent(pages);
	}

}
