package vn.luutru.search.corrections;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.springframework.stereotype.Component;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.identifiers.IdentifierReader;
import vn.luutru.archive.index.ArchiveIndex;
import vn.luutru.archive.index.DocumentEntry;
import vn.luutru.archive.index.IndexFields;
import vn.luutru.archive.index.PageEntry;

/**
 * Puts a corrected page's text into the archive index at once: the page's entry, and its
 * document's entry, which holds every page's text and the identifiers read from them.
 * Visible to searches when it returns.
 */
@Component
class PageReindex {

	/** Elasticsearch's default result window: more pages than a document has. */
	private static final int MAX_PAGES = 10_000;

	private final ElasticsearchClient client;

	private final ArchiveIndex index;

	private final IdentifierReader identifiers;

	PageReindex(ElasticsearchClient client, ArchiveIndex index, IdentifierReader identifiers) {
		this.client = client;
		this.index = index;
		this.identifiers = identifiers;
	}

	/**
	 * Replaces the page's text in the index.
	 * @throws IOException when Elasticsearch cannot answer or refuses an entry
	 */
	void reindex(DocumentId id, int page, String text) throws IOException {
		List<PageEntry> pages = new ArrayList<>(pages(id));
		PageEntry corrected = null;
		for (int i = 0; i < pages.size(); i++) {
			if (pages.get(i).page() == page) {
				corrected = pages.get(i).withText(text, this.identifiers.read(text));
				pages.set(i, corrected);
			}
		}
		GetResponse<DocumentEntry> document = this.client.get(
				(g) -> g.index(this.index.alias()).id(id.value()).sourceExcludes(IndexFields.CONTENT),
				DocumentEntry.class);
		if (corrected == null || !document.found() || document.source() == null) {
			// Not indexed (yet): the next reindex reads the corrected text.
			return;
		}
		PageEntry entry = corrected;
		DocumentEntry whole = document.source().withPages(pages);
		BulkResponse response = this.client.bulk(new BulkRequest.Builder().refresh(Refresh.WaitFor)
			.operations((o) -> o.index((i) -> i.index(this.index.alias()).id(entry.id()).document(entry)))
			.operations((o) -> o.index((i) -> i.index(this.index.alias()).id(whole.id()).document(whole)))
			.build());
		if (response.errors()) {
			throw new IOException("The archive index refused the corrected entries of " + id.value() + ": "
					+ response.items()
						.stream()
						.filter((item) -> item.error() != null)
						.findFirst()
						.map((item) -> item.error().reason())
						.orElse("?"));
		}
	}

	private List<PageEntry> pages(DocumentId id) throws IOException {
		return this.client
			.search((
					s) -> s.index(this.index.alias())
						.size(MAX_PAGES)
						.query((q) -> q.bool((b) -> b
							.filter((f) -> f.term((t) -> t.field(IndexFields.DOCUMENT_ID).value(id.value())))
							.filter((f) -> f.term((t) -> t.field(IndexFields.ENTRY).value(PageEntry.KIND)))))
						.sort((o) -> o.field((f) -> f.field(IndexFields.PAGE).order(SortOrder.Asc))),
					PageEntry.class)
			.hits()
			.hits()
			.stream()
			.map(Hit::source)
			.filter((entry) -> entry != null)
			.toList();
	}

}
