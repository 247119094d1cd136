package vn.luutru.ingest.indexing;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

import vn.luutru.archive.identifiers.IdentifierReader;
import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.index.DocumentEntry;
import vn.luutru.archive.index.IndexFields;
import vn.luutru.archive.index.PageEntry;
import vn.luutru.archive.index.ArchiveIndex;

/**
 * Rebuilds the archive index under a new version with the current mapping and switches
 * the alias to it in one atomic step, so searches never see a half-built index: for a
 * mapping change Elasticsearch cannot apply in place, to rebuild each document entry's
 * text from its pages, and to read the identifiers again from every page's text (after a
 * better reader or a new gazetteer) without OCR.
 *
 * <p>
 * Writes made to the old index while it runs would be lost, so it is run while no
 * ingestion job runs. The old index is kept, for the operator to delete once satisfied.
 */
@Service
public class ArchiveReindex {

	private static final int PAGE = 1000;

	private final ElasticsearchClient client;

	private final ArchiveIndex index;

	private final IdentifierReader identifiers;

	public ArchiveReindex(ElasticsearchClient client, ArchiveIndex index, IdentifierReader identifiers) {
		this.client = client;
		this.index = index;
		this.identifiers = identifiers;
	}

	/**
	 * What a reindex did.
	 *
	 * @param from the index the alias pointed at
	 * @param to the new index it points at now
	 * @param entries entries copied
	 */
	public record Result(String from, String to, long entries) {
	}

	/**
	 * Rebuilds the index; the caller makes sure no ingestion job is running.
	 * @throws IllegalStateException when the copy came out short
	 */
	public Result run(PrintStream out) {
		try {
			this.index.ensureExists();
			String from = this.index.current();
			String to = this.index.nextVersion(from);
			this.index.create(to);
			out.println("Copying " + from + " into " + to + " …");
			Counts counts = copy(from, to);
			this.client.indices().refresh((r) -> r.index(to));
			long copied = this.client.count((c) -> c.index(to)).count();
			long source = this.client.count((c) -> c.index(from)).count();
			if (copied != source) {
				throw new IllegalStateException("The new index " + to + " has " + copied + " entries, the old one "
						+ source + "; the alias still points at " + from);
			}
			this.index.switchTo(from, to);
			out.printf(
					"Alias %s now points at %s (%d documents, %d pages). The old index %s is kept: delete it with"
							+ " DELETE /%s once satisfied.%n",
					this.index.alias(), to, counts.documents(), counts.pages(), from, from);
			return new Result(from, to, copied);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot reach Elasticsearch to reindex", ex);
		}
	}

	/** Entries copied. */
	private record Counts(long documents, long pages) {
	}

	/**
	 * Copies every entry in document order, each document's pages before its document
	 * entry, so that the document entry is rebuilt from its pages as read now: the union
	 * of their identifiers and their texts. Only one document's pages are held at a time.
	 */
	private Counts copy(String from, String to) throws IOException {
		long documents = 0;
		long pages = 0;
		List<PageEntry> documentPages = new ArrayList<>();
		List<FieldValue> after = null;
		try (BulkIngester<Void> ingester = BulkIngester.of((b) -> b.client(this.client).maxOperations(PAGE))) {
			while (true) {
				List<FieldValue> searchAfter = after;
				SearchResponse<ArchiveEntry> response = this.client.search((s) -> {
					s.index(from)
						.size(PAGE)
						// Rebuilt from the pages below, so not read.
						.source((src) -> src.filter((f) -> f.excludes(IndexFields.CONTENT)))
						// documentId + page is unique per entry and sortable (_id is not,
						// by default, in Elasticsearch 9); the document entry has no page
						// and comes after its pages.
						.sort((o) -> o.field((f) -> f.field(IndexFields.DOCUMENT_ID)))
						.sort((o) -> o.field((f) -> f.field(IndexFields.PAGE).missing("_last")));
					if (searchAfter != null) {
						s.searchAfter(searchAfter);
					}
					return s;
				}, ArchiveEntry.class);
				List<Hit<ArchiveEntry>> hits = response.hits().hits();
				if (hits.isEmpty()) {
					return new Counts(documents, pages);
				}
				for (Hit<ArchiveEntry> hit : hits) {
					ArchiveEntry old = hit.source();
					if (!documentPages.isEmpty() && !documentPages.getFirst().documentId().equals(old.documentId())) {
						documentPages.clear();
					}
					ArchiveEntry entry = switch (old) {
						case PageEntry page -> {
							PageEntry read = page.withIdentifiers(this.identifiers.read(page.text()));
							documentPages.add(read);
							pages++;
							yield read;
						}
						case DocumentEntry document -> {
							DocumentEntry rebuilt = document.withPages(documentPages);
							documentPages.clear();
							documents++;
							yield rebuilt;
						}
					};
					ingester.add((op) -> op.index((i) -> i.index(to).id(hit.id()).document(entry)));
				}
				after = new ArrayList<>(hits.getLast().sort());
			}
		}
	}

}
