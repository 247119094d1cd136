package vn.luutru.search.dossiers;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.luutru.archive.index.IndexFields;
import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.index.ArchiveIndex;

/**
 * Copies a document's dossier links onto all its index entries, so that searches filter
 * and count by "attached or not", field and procedure ({@code hoso:}, {@code linhvuc:},
 * {@code thutuc:}). PostgreSQL holds the links; this is a copy made in the same
 * transaction as the change, which fails (and rolls the change back) when Elasticsearch
 * cannot take it, so the two never disagree.
 */
@Component
class IndexedLinks {

	private final JdbcClient jdbc;

	private final Documents documents;

	private final ElasticsearchClient client;

	private final ArchiveIndex index;

	IndexedLinks(JdbcClient jdbc, Documents documents, ElasticsearchClient client, ArchiveIndex index) {
		this.jdbc = jdbc;
		this.documents = documents;
		this.client = client;
		this.index = index;
	}

	/**
	 * Writes the document's current links to its document entry and every page entry, and
	 * waits until searches see them (an officer who attached a document searches for it
	 * next).
	 */
	void refresh(String documentId) {
		refresh(documentId, true);
	}

	/**
	 * Writes the document's current links to its entries.
	 * @param visibleOnReturn whether to wait until searches see them; an import that
	 * changes hundreds of dossiers leaves it to the index's next refresh (within a
	 * second) rather than waiting for one per document
	 */
	void refresh(String documentId, boolean visibleOnReturn) {
		List<Map<String, Object>> rows = this.jdbc.sql("""
				SELECT d.code, d.field, d.procedure_name FROM dossier_documents l
				JOIN dossiers d ON d.code = l.dossier_code WHERE l.document_id = ? ORDER BY d.code
				""").param(documentId).query().listOfRows();
		ArchiveEntry.Links links = rows.isEmpty() ? null
				: new ArchiveEntry.Links(values(rows, "code"), values(rows, "field"), values(rows, "procedure_name"));
		Map<String, Object> change = new HashMap<>();
		change.put(IndexFields.DOSSIERS, links);
		int pages = this.documents.find(DocumentId.of(documentId)).map((d) -> d.pageCount()).orElse(0);
		BulkRequest.Builder bulk = new BulkRequest.Builder()
			.refresh(visibleOnReturn ? co.elastic.clients.elasticsearch._types.Refresh.WaitFor
					: co.elastic.clients.elasticsearch._types.Refresh.False);
		List<String> ids = new ArrayList<>();
		ids.add(documentId);
		for (int page = 1; page <= pages; page++) {
			ids.add(documentId + "/" + page);
		}
		for (String id : ids) {
			bulk.operations((o) -> o.update((u) -> u.index(this.index.alias()).id(id).action((a) -> a.doc(change))));
		}
		try {
			BulkResponse response = this.client.bulk(bulk.build());
			// An entry that is missing (a page whose text could not be indexed) has
			// nothing
			// to carry the links; any other failure is a real one.
			response.items()
				.stream()
				.filter((item) -> item.error() != null && item.status() != 404)
				.findFirst()
				.ifPresent((item) -> {
					throw new LinksNotIndexed(documentId, item.error().reason());
				});
		}
		catch (IOException ex) {
			throw new LinksNotIndexed(documentId, ex.getMessage());
		}
	}

	private static List<String> values(List<Map<String, Object>> rows, String column) {
		return rows.stream()
			.map((row) -> row.get(column))
			.filter((v) -> v != null)
			.map(Object::toString)
			.distinct()
			.toList();
	}

}
