package vn.luutru.search.records;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.GetResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.luutru.archive.index.ArchivalTerms;
import vn.luutru.archive.index.ArchiveIndex;
import vn.luutru.archive.index.DocumentEntry;
import vn.luutru.archive.index.IndexFields;
import vn.luutru.archive.index.PageEntry;

/**
 * The index side of descriptions: reads what ingestion indexed of a document (its
 * identifiers, subject, first page's resolution) and copies a saved description's terms
 * onto its document entry. PostgreSQL holds the description; the copy is written in the
 * same transaction as the change and fails it when Elasticsearch cannot take it, so the
 * two never disagree.
 */
@Component
class IndexedDescriptions {

	private final ElasticsearchClient client;

	private final ArchiveIndex index;

	IndexedDescriptions(ElasticsearchClient client, ArchiveIndex index) {
		this.client = client;
		this.index = index;
	}

	/** The document's index entry; empty when it is not indexed (yet). */
	Optional<DocumentEntry> document(String id) {
		return get(id, DocumentEntry.class);
	}

	/** The resolution its first page was read at; null when unknown. */
	@Nullable Integer dpi(String id) {
		return get(id + "/1", PageEntry.class).map(PageEntry::image).map((image) -> image.dpi()).orElse(null);
	}

	/**
	 * Writes the terms onto the document's entry and waits until searches see them (an
	 * archivist who saved a description searches by it next). A document that is not
	 * indexed has nothing to carry them.
	 * @throws DescriptionNotIndexed when Elasticsearch cannot take them
	 */
	void write(String id, ArchivalTerms terms) {
		Map<String, Object> change = new HashMap<>();
		change.put(IndexFields.ARCHIVAL, terms);
		try {
			this.client.update((u) -> u.index(this.index.alias()).id(id).doc(change).refresh(Refresh.WaitFor),
					Map.class);
		}
		catch (ElasticsearchException ex) {
			if (ex.status() != 404) {
				throw new DescriptionNotIndexed(id, ex.getMessage());
			}
		}
		catch (IOException ex) {
			throw new DescriptionNotIndexed(id, ex.getMessage());
		}
	}

	private <T> Optional<T> get(String id, Class<T> type) {
		try {
			GetResponse<T> response = this.client.get((g) -> g.index(this.index.alias()).id(id), type);
			return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
		}
		catch (ElasticsearchException ex) {
			// No index yet: nothing was indexed.
			return Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

}
