package vn.luutru.ingest.indexing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.jspecify.annotations.Nullable;

import vn.luutru.archive.catalog.CatalogedDocument;
import vn.luutru.archive.identifiers.IdentifierReader;
import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.index.DocumentEntry;
import vn.luutru.archive.index.IndexFields;
import vn.luutru.archive.index.PageEntry;

/**
 * A document's entries copied from the index being replaced, for a document catalogued
 * before its page texts were kept on disk: the index is then the only place its
 * text-layer text is. Identifiers are read again from each page's text and the document
 * entry made again from its pages, as for the others.
 */
final class OldEntries {

	private static final int MOST = 10_000;

	private final ElasticsearchClient client;

	private final IdentifierReader identifiers;

	OldEntries(ElasticsearchClient client, IdentifierReader identifiers) {
		this.client = client;
		this.identifiers = identifiers;
	}

	/** The document's entries in the old index (none when it is not there). */
	List<ArchiveEntry> of(String index, CatalogedDocument document) throws IOException {
		List<Hit<ArchiveEntry>> hits = this.client
			.search((s) -> s.index(index)
				.size(Math.min(document.pageCount() + 1, MOST))
				// Made again from the pages below, so not read.
				.source((src) -> src.filter((f) -> f.excludes(IndexFields.CONTENT)))
				.query((q) -> q.term((t) -> t.field(IndexFields.DOCUMENT_ID).value(document.id().value()))),
					ArchiveEntry.class)
			.hits()
			.hits();
		List<PageEntry> pages = new ArrayList<>();
		@Nullable DocumentEntry whole = null;
		for (Hit<ArchiveEntry> hit : hits) {
			switch (Objects.requireNonNull(hit.source())) {
				case PageEntry page -> pages.add(page.withIdentifiers(this.identifiers.read(page.text())));
				case DocumentEntry entry -> whole = entry;
			}
		}
		List<ArchiveEntry> entries = new ArrayList<>(pages.size() + 1);
		if (whole != null) {
			entries.add(whole.withPages(pages));
		}
		entries.addAll(pages);
		return entries;
	}

}
