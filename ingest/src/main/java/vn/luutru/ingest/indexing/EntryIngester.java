package vn.luutru.ingest.indexing;

import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import org.jspecify.annotations.Nullable;

import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.catalog.IngestFailures;
import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.index.ArchiveIndex;

/**
 * Adds a step execution's entries to the archive index through one bulk ingester, opened
 * when the step starts and flushed and closed when it ends, after which the index is
 * refreshed so the batch is searchable at once. An entry Elasticsearch refuses sets its
 * file aside ({@link FailedItemListener}).
 *
 * <p>
 * One instance per step execution; not for use by two steps at once.
 */
public class EntryIngester {

	private final ElasticsearchClient client;

	private final ArchiveIndex index;

	private final FailedItemListener failedItems;

	private @Nullable BulkIngester<IndexedFile> ingester;

	public EntryIngester(ElasticsearchClient client, ArchiveIndex index, Documents documents, IngestFailures failures) {
		this.client = client;
		this.index = index;
		this.failedItems = new FailedItemListener(documents, failures);
	}

	/** Makes sure the index exists and opens the bulk ingester. */
	void open() {
		this.index.ensureExists();
		this.ingester = BulkIngester.of((b) -> b.client(this.client)
			.maxOperations(500)
			.maxSize(5L * 1024 * 1024)
			.maxConcurrentRequests(1)
			.listener(this.failedItems));
	}

	/**
	 * Queues a file's entries; a refused one is reported by the file they came from.
	 * @throws IllegalStateException outside a step execution
	 */
	void add(List<ArchiveEntry> entries, IndexedFile file) {
		BulkIngester<IndexedFile> open = this.ingester;
		if (open == null) {
			throw new IllegalStateException("Entries added outside a step execution");
		}
		for (ArchiveEntry entry : entries) {
			open.add((op) -> op.index((i) -> i.index(this.index.alias()).id(entry.id()).document(entry)), file);
		}
	}

	/** Flushes and closes the ingester, then refreshes the index. */
	void close() {
		if (this.ingester != null) {
			this.ingester.close();
			this.ingester = null;
		}
		this.index.refresh();
	}

}
