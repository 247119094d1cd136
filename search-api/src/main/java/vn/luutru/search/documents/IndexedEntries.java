package vn.luutru.search.documents;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.springframework.stereotype.Component;

import vn.luutru.archive.index.PageEntry;
import vn.luutru.archive.index.IndexFields;
import vn.luutru.archive.index.DocumentEntry;
import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.search.documents.DocumentDetails.PageSummary;
import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.index.ArchiveIndex;

/**
 * Reads what the archive index holds of one document beyond its catalogue row: file
 * metadata, identifiers and pages.
 */
@Component
class IndexedEntries {

	private final ElasticsearchClient client;

	private final ArchiveIndex index;

	IndexedEntries(ElasticsearchClient client, ArchiveIndex index) {
		this.client = client;
		this.index = index;
	}

	/**
	 * The document's own entry (file metadata, the identifiers read from its pages),
	 * empty when the index has no entry for it.
	 * @throws IndexUnavailable when Elasticsearch cannot answer
	 */
	Optional<DocumentEntry> document(DocumentId id) {
		return entry(id.value(), DocumentEntry.class);
	}

	/**
	 * The text of one page, if the index holds that page.
	 * @throws IndexUnavailable when Elasticsearch cannot answer
	 */
	Optional<String> pageText(DocumentId id, int page) {
		return entry(id.value() + "/" + page, PageEntry.class).map(PageEntry::text);
	}

	/**
	 * The entry with this Elasticsearch id; empty when it, or the index, does not exist.
	 */
	private <T extends ArchiveEntry> Optional<T> entry(String entryId, Class<T> kind) {
		try {
			// A document entry holds every page's text: not needed here, and megabytes
			// for
			// a long report.
			GetResponse<T> response = this.client
				.get((g) -> g.index(this.index.alias()).id(entryId).sourceExcludes(IndexFields.CONTENT), kind);
			return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
		}
		catch (ElasticsearchException ex) {
			if (ex.status() == 404) {
				return Optional.empty();
			}
			throw new IndexUnavailable(ex);
		}
		catch (IOException ex) {
			throw new IndexUnavailable(ex);
		}
	}

	/**
	 * The document's pages in order, at most {@value SearchQuery#MAX_WINDOW}.
	 * @throws IndexUnavailable when Elasticsearch cannot answer
	 */
	List<PageSummary> pages(DocumentId id, int pageCount) {
		if (pageCount <= 0) {
			return List.of();
		}
		try {
			return this.client.search(
					(s) -> s.index(this.index.alias())
						.ignoreUnavailable(true)
						.allowNoIndices(true)
						.size(Math.min(pageCount, SearchQuery.MAX_WINDOW))
						.query((q) -> q.bool((b) -> b
							.filter((f) -> f.term((t) -> t.field(IndexFields.DOCUMENT_ID).value(id.value())))
							.filter((f) -> f.term((t) -> t.field(IndexFields.ENTRY).value(PageEntry.KIND)))))
						.sort((o) -> o.field((f) -> f.field(IndexFields.PAGE).order(SortOrder.Asc)))
						.source((src) -> src.filter((f) -> f.includes(IndexFields.PAGE, IndexFields.TEXT_SOURCE,
								IndexFields.OCR_CONFIDENCE))),
					PageSummary.class)
				.hits()
				.hits()
				.stream()
				.map(Hit::source)
				.filter((page) -> page != null)
				.toList();
		}
		catch (ElasticsearchException | IOException ex) {
			throw new IndexUnavailable(ex);
		}
	}

}
