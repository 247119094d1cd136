package vn.luutru.ingest.indexing;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.luutru.archive.catalog.CatalogedDocument;
import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.identifiers.IdentifierReader;
import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.index.ArchiveIndex;
import vn.luutru.archive.links.DossierLinks;
import vn.luutru.archive.records.ArchivalDescriptions;
import vn.luutru.archive.storage.PageTexts;

/**
 * Start-up reconciliation: indexes, from their stored page texts, the catalogued
 * documents the index does not hold (a crash between the catalogue and the index, an
 * index restored from an older snapshot), so that every catalogued document is searchable
 * without OCR and without ingesting it again.
 */
@Service
public class IndexReconciliation {

	private static final Logger log = LoggerFactory.getLogger(IndexReconciliation.class);

	private final ElasticsearchClient client;

	private final ArchiveIndex index;

	private final Documents documents;

	private final DossierLinks links;

	private final ArchivalDescriptions archival;

	private final SourceEntries source;

	private final int pageSize;

	public IndexReconciliation(ElasticsearchClient client, ArchiveIndex index, Documents documents, PageTexts pageTexts,
			DossierLinks links, IdentifierReader identifiers, ArchivalDescriptions archival,
			IndexingProperties properties) {
		this.pageSize = properties.reconcilePageSize();
		this.client = client;
		this.index = index;
		this.documents = documents;
		this.links = links;
		this.archival = archival;
		this.source = new SourceEntries(pageTexts, identifiers, archival);
	}

	/**
	 * Indexes every catalogued document missing from the index that has its page texts,
	 * walking the catalogue a page of {@code reconcile-page-size} documents at a time by
	 * id (keyset, so each page costs the same however far in), never holding more.
	 * @return the documents indexed
	 */
	public long run() throws IOException {
		this.index.ensureExists();
		long indexed = 0;
		String after = "";
		List<CatalogedDocument> page = this.documents.after(after, this.pageSize);
		while (!page.isEmpty()) {
			indexed += reconcile(page);
			after = page.getLast().id().value();
			page = this.documents.after(after, this.pageSize);
		}
		if (indexed > 0) {
			log.info("Indexed {} catalogued documents the index did not hold, from their stored page texts", indexed);
		}
		return indexed;
	}

	/**
	 * Indexes one catalogued document again from its stored page texts (after it was read
	 * again), visible to searches when this returns.
	 * @throws IOException when the index cannot be written
	 */
	public void reindex(CatalogedDocument document) throws IOException {
		this.index.ensureExists();
		List<String> id = List.of(document.id().value());
		Optional<List<ArchiveEntry>> entries = this.source.of(document, this.links.of(id).get(id.getFirst()),
				this.archival.of(id).get(id.getFirst()));
		if (entries.isEmpty()) {
			return;
		}
		BulkRequest.Builder bulk = new BulkRequest.Builder()
			.refresh(co.elastic.clients.elasticsearch._types.Refresh.WaitFor);
		for (ArchiveEntry entry : entries.get()) {
			bulk.operations((o) -> o.index((i) -> i.index(this.index.alias()).id(entry.id()).document(entry)));
		}
		BulkResponse response = this.client.bulk(bulk.build());
		if (response.errors()) {
			throw new IOException("The index refused entries of " + document.id().value());
		}
	}

	private long reconcile(List<CatalogedDocument> page) throws IOException {
		List<String> ids = page.stream().map((d) -> d.id().value()).toList();
		MgetResponse<Void> held = this.client
			.mget((m) -> m.index(this.index.alias()).ids(ids).source((s) -> s.fetch(false)), Void.class);
		Set<String> present = held.docs()
			.stream()
			.filter((doc) -> doc.isResult() && doc.result().found())
			.map((doc) -> doc.result().id())
			.collect(Collectors.toSet());
		List<CatalogedDocument> missing = page.stream().filter((d) -> !present.contains(d.id().value())).toList();
		if (missing.isEmpty()) {
			return 0;
		}
		List<String> missingIds = missing.stream().map((d) -> d.id().value()).toList();
		Map<String, ArchiveEntry.Links> current = this.links.of(missingIds);
		Map<String, ArchivalDescriptions.Kept> kept = this.archival.of(missingIds);
		BulkRequest.Builder bulk = new BulkRequest.Builder();
		long indexed = 0;
		for (CatalogedDocument document : missing) {
			Optional<List<ArchiveEntry>> entries = this.source.of(document, current.get(document.id().value()),
					kept.get(document.id().value()));
			if (entries.isEmpty()) {
				log.warn("{} is catalogued but neither indexed nor kept with its page texts: ingest {} again",
						document.id().value(), document.fileName());
				continue;
			}
			for (ArchiveEntry entry : entries.get()) {
				bulk.operations((o) -> o.index((i) -> i.index(this.index.alias()).id(entry.id()).document(entry)));
			}
			indexed++;
		}
		if (indexed > 0) {
			BulkResponse response = this.client.bulk(bulk.build());
			if (response.errors()) {
				throw new IllegalStateException("The index refused entries of catalogued documents: " + response.items()
					.stream()
					.filter((i) -> i.error() != null)
					.findFirst()
					.map((i) -> i.error().reason())
					.orElse("?"));
			}
		}
		return indexed;
	}

}
