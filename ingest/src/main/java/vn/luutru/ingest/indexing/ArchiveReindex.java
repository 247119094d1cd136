package vn.luutru.ingest.indexing;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import vn.luutru.archive.catalog.CatalogedDocument;
import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.identifiers.IdentifierReader;
import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.index.ArchiveIndex;
import vn.luutru.archive.index.DocumentEntry;
import vn.luutru.archive.links.DossierLinks;
import vn.luutru.archive.records.ArchivalDescriptions;
import vn.luutru.archive.storage.PageTexts;

/**
 * Rebuilds the archive index from the source under a new version with the current
 * mapping, and switches the alias to it in one atomic step, so searches never see a
 * half-built index: every catalogued document's entries are made again from its pages'
 * stored texts and records, its dossier links and the identifiers read again with the
 * current reader (after a mapping change, a better reader or a new gazetteer; after a
 * restore, into an empty Elasticsearch). No OCR.
 *
 * <p>
 * A document catalogued before page texts were kept is copied from the old index instead.
 * Dossier links changed while it runs are copied onto the new index before the switch,
 * and once more after it when every transaction running at the switch has ended (an
 * officer's attach writes to the index through the alias before it commits). New
 * ingestion is not caught up: it is run while no ingestion job runs. The old index is
 * kept, for the operator to delete once satisfied.
 */
@Service
public class ArchiveReindex {

	private static final int PAGE = 200;

	private static final Duration SWITCH_WAIT = Duration.ofSeconds(30);

	private final ElasticsearchClient client;

	private final ArchiveIndex index;

	private final Documents documents;

	private final DossierLinks links;

	private final SourceEntries source;

	private final OldEntries old;

	private final LinkCopies linkCopies;

	private final ArchivalDescriptions archival;

	private final DescriptionCopies descriptionCopies;

	public ArchiveReindex(ElasticsearchClient client, ArchiveIndex index, IdentifierReader identifiers,
			Documents documents, PageTexts pageTexts, DossierLinks links, ArchivalDescriptions archival) {
		this.client = client;
		this.index = index;
		this.documents = documents;
		this.links = links;
		this.archival = archival;
		this.source = new SourceEntries(pageTexts, identifiers, archival);
		this.old = new OldEntries(client, identifiers);
		this.linkCopies = new LinkCopies(client, links, documents);
		this.descriptionCopies = new DescriptionCopies(client, archival);
	}

	/**
	 * What a reindex did.
	 *
	 * @param from the index the alias pointed at
	 * @param to the new index it points at now
	 * @param entries entries written
	 * @param rebuilt documents made again from their stored page texts
	 * @param copied documents catalogued before page texts were kept, copied from the old
	 * index
	 * @param lost documents neither on disk nor in the old index, left out
	 * @param linksCaughtUp documents whose dossier links changed during the rebuild
	 */
	public record Result(String from, String to, long entries, long rebuilt, long copied, long lost,
			long linksCaughtUp) {
	}

	/**
	 * Rebuilds the index; the caller makes sure no ingestion job is running.
	 * @throws IllegalStateException when the new index came out short
	 */
	public Result run(PrintStream out) {
		try {
			this.index.ensureExists();
			String from = this.index.current();
			String to = this.index.nextVersion(from);
			this.index.create(to);
			out.println("Rebuilding " + to + " from the catalogue and the stored page texts …");
			String moment = this.links.now();
			// Descriptions have no change log: what was saved or filed from a little
			// before the start (a transaction then still open) is copied again at the
			// end.
			Instant started = Instant.now().minus(SWITCH_WAIT);
			Counts counts = rebuild(from, to);
			this.client.indices().refresh((r) -> r.index(to));
			long written = this.client.count((c) -> c.index(to)).count();
			if (written != counts.entries()) {
				throw new IllegalStateException("The new index " + to + " has " + written + " entries, "
						+ counts.entries() + " were written; the alias still points at " + from);
			}
			// Taken before the changes are listed: a change committed in between is in
			// both, never in neither.
			String beforeSwitch = this.links.now();
			List<String> changed = this.links.changedAfter(moment);
			this.linkCopies.copy(to, changed);
			this.index.switchTo(from, to);
			if (!this.links.awaitWritersOfNow(SWITCH_WAIT)) {
				out.println("Some database transactions were still running " + SWITCH_WAIT.toSeconds()
						+ " s after the switch; their link changes may need an attach again.");
			}
			List<String> late = this.links.changedAfter(beforeSwitch);
			this.linkCopies.copy(to, late);
			this.descriptionCopies.copy(to, this.archival.changedSince(started));
			Result result = new Result(from, to, written, counts.rebuilt(), counts.copied(), counts.lost(),
					changed.size() + late.size());
			print(out, result);
			return result;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot reach Elasticsearch to reindex", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while switching the index", ex);
		}
	}

	private record Counts(long entries, long rebuilt, long copied, long lost) {
	}

	private Counts rebuild(String from, String to) throws IOException {
		long entries = 0;
		long rebuilt = 0;
		long copied = 0;
		long lost = 0;
		try (BulkIngester<Void> ingester = BulkIngester.of((b) -> b.client(this.client).maxOperations(1000))) {
			String after = "";
			for (List<CatalogedDocument> page = this.documents.after(after, PAGE); !page
				.isEmpty(); page = this.documents.after(after, PAGE)) {
				List<String> ids = page.stream().map((d) -> d.id().value()).toList();
				Map<String, ArchiveEntry.Links> links = this.links.of(ids);
				Map<String, ArchivalDescriptions.Kept> kept = this.archival.of(ids);
				for (CatalogedDocument document : page) {
					ArchivalDescriptions.Kept described = kept.get(document.id().value());
					Optional<List<ArchiveEntry>> made = this.source.of(document, links.get(document.id().value()),
							described);
					List<ArchiveEntry> documentEntries = made.isPresent() ? made.get()
							: described(this.old.of(from, document), described);
					if (made.isPresent()) {
						rebuilt++;
					}
					else if (documentEntries.isEmpty()) {
						lost++;
					}
					else {
						copied++;
					}
					for (ArchiveEntry entry : documentEntries) {
						ingester.add((op) -> op.index((i) -> i.index(to).id(entry.id()).document(entry)));
						entries++;
					}
				}
				after = page.getLast().id().value();
			}
		}
		return new Counts(entries, rebuilt, copied, lost);
	}

	// A copied document carries what PostgreSQL keeps now, not what the old index held.
	private List<ArchiveEntry> described(List<ArchiveEntry> entries, ArchivalDescriptions.@Nullable Kept kept) {
		if (kept == null) {
			return entries;
		}
		return entries.stream()
			.map((entry) -> (entry instanceof DocumentEntry whole)
					? whole.withArchival(this.archival.terms(whole, kept)) : entry)
			.toList();
	}

	private void print(PrintStream out, Result result) {
		out.printf("%d documents rebuilt from their stored page texts.%n", result.rebuilt());
		if (result.copied() > 0) {
			out.printf("%d documents catalogued before page texts were kept on disk were copied from %s.%n",
					result.copied(), result.from());
		}
		if (result.lost() > 0) {
			out.printf("%d catalogued documents are neither on disk nor in %s: ingest their originals again.%n",
					result.lost(), result.from());
		}
		if (result.linksCaughtUp() > 0) {
			out.printf("Dossier links changed during the rebuild copied onto %s: %d documents.%n", result.to(),
					result.linksCaughtUp());
		}
		out.printf(
				"Alias %s now points at %s (%d entries). The old index %s is kept: delete it with DELETE /%s once"
						+ " satisfied.%n",
				this.index.alias(), result.to(), result.entries(), result.from(), result.from());
	}

}
