package vn.luutru.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;

import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.index.DocumentEntry;
import vn.luutru.archive.index.PageEntry;
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
	public static List<ArchiveEntry> complete(List<? extends ArchiveEntry> entries) {
		Map<String, List<PageEntry>> pages = new LinkedHashMap<>();
		Map<String, DocumentEntry> documents = new LinkedHashMap<>();
		for (ArchiveEntry entry : entries) {
			switch (entry) {
				case PageEntry page -> pages.computeIfAbsent(page.documentId(), (id) -> new ArrayList<>()).add(page);
				case DocumentEntry document -> documents.put(document.documentId(), document);
			}
		}
		List<ArchiveEntry> complete = new ArrayList<>();
		pages.forEach((id, documentPages) -> {
			DocumentEntry document = documents.remove(id);
			complete.add(
					(document == null) ? DocumentEntry.of(documentPages, Map.of()) : document.withPages(documentPages));
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
	public static void index(ElasticsearchClient client, ArchiveIndex index, List<? extends ArchiveEntry> entries)
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

}
