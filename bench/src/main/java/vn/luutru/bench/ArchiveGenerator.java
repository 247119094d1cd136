package vn.luutru.bench;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;

import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.index.DocumentEntry;
import vn.luutru.archive.index.IndexFields;
import vn.luutru.archive.index.PageEntry;
import vn.luutru.archive.index.ArchiveIndex;

/**
 * The generated archive the search benchmark runs over: documents of ten pages of made-up
 * administrative text, made once and kept in the data directory.
 */
final class ArchiveGenerator {

	private static final int PAGES_PER_DOCUMENT = 10;

	private ArchiveGenerator() {
	}

	/**
	 * Fills the archive up to the given number of page entries; answers how many it has.
	 */
	static long generate(ElasticsearchClient client, ArchiveIndex index, int pages) throws IOException {
		index.ensureExists();
		long documents = client
			.count((c) -> c.index(index.alias()).query((q) -> q.term((t) -> t.field("entry").value("document"))))
			.count();
		// An archive of an earlier layout (documents' text held or scored another way)
		// is made again.
		if (documents * PAGES_PER_DOCUMENT >= pages && index.layout() >= ArchiveIndex.LAYOUT) {
			return pageCount(client, index);
		}
		String stale = index.current();
		client.indices().delete((d) -> d.index(stale));
		index.ensureExists();
		PageTexts texts = new PageTexts(42);
		Instant now = Instant.now();
		long started = System.nanoTime();
		try (BulkIngester<Void> ingester = BulkIngester
			.of((b) -> b.client(client).maxOperations(2000).maxConcurrentRequests(2))) {
			for (long document = 0; document * PAGES_PER_DOCUMENT < pages; document++) {
				String id = "%024x".formatted(0xbe0c000000L + document);
				String title = texts.title();
				List<PageEntry> entries = new ArrayList<>();
				for (int page = 1; page <= PAGES_PER_DOCUMENT; page++) {
					entries.add(new PageEntry(id, id + "0".repeat(40), id + ".pdf", title, "application/pdf", 1_000_000,
							PAGES_PER_DOCUMENT, page, texts.page(), "ocr", 85f, null, null, now, 0, null));
				}
				add(ingester, index, DocumentEntry.of(entries, Map.of()));
				entries.forEach((entry) -> add(ingester, index, entry));
			}
		}
		index.refresh();
		client.indices().forcemerge((f) -> f.index(index.alias()).maxNumSegments(1L));
		System.out.printf("Indexed up to %d pages in %.0f s%n", pages, (System.nanoTime() - started) / 1e9);
		return pageCount(client, index);
	}

	private static long pageCount(ElasticsearchClient client, ArchiveIndex index) throws IOException {
		return client
			.count((c) -> c.index(index.alias())
				.query((q) -> q.term((t) -> t.field(IndexFields.ENTRY).value(PageEntry.KIND))))
			.count();
	}

	private static void add(BulkIngester<Void> ingester, ArchiveIndex index, ArchiveEntry entry) {
		ingester.add((op) -> op.index((i) -> i.index(index.alias()).id(entry.id()).document(entry)));
	}

}
