package vn.luutru.ingest.indexing;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.TransportException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.index.ArchiveIndex;

/**
 * Adds a file's entries to the archive index and waits for Elasticsearch to acknowledge
 * every one, inside the chunk that catalogues the file: the catalogue row commits only
 * once the index holds the entries, so a crash can never leave a catalogued document that
 * search does not find. Entry ids are deterministic, so indexing a file again after a
 * crash overwrites its entries, never duplicates them.
 *
 * <p>
 * Chosen over an outbox (such as Spring Modulith's event publication registry): the
 * entries carry every page's text, which exists nowhere else yet, so an outbox would have
 * to store them all in PostgreSQL a second time; the job's own restart already replays
 * what was not committed.
 *
 * <p>
 * An unreachable or overloaded Elasticsearch is waited out with a doubling delay, and the
 * job says so ({@link WaitingNote}); an entry refused for any other reason throws
 * {@link IndexRefused}, which sets its file aside.
 */
public class EntryIngester {

	private static final Logger log = LoggerFactory.getLogger(EntryIngester.class);

	/** Statuses that say "not now" rather than "never". */
	private static final Set<Integer> TRANSIENT = Set.of(429, 502, 503, 504);

	/** Sends a bulk request; Elasticsearch's client in production. */
	@FunctionalInterface
	interface Sender {

		BulkResponse send(BulkRequest request) throws IOException;

	}

	/** Waits between two tries. */
	@FunctionalInterface
	interface Sleeper {

		void sleep(Duration duration) throws InterruptedException;

	}

	private final Sender sender;

	private final ArchiveIndex index;

	private final IndexingProperties properties;

	private final WaitingNote note;

	private final Sleeper sleeper;

	private final Clock clock;

	public EntryIngester(ElasticsearchClient client, ArchiveIndex index, IndexingProperties properties,
			WaitingNote note) {
		this(client::bulk, index, properties, note, Thread::sleep, Clock.systemUTC());
	}

	EntryIngester(Sender sender, ArchiveIndex index, IndexingProperties properties, WaitingNote note, Sleeper sleeper,
			Clock clock) {
		this.sender = sender;
		this.index = index;
		this.properties = properties;
		this.note = note;
		this.sleeper = sleeper;
		this.clock = clock;
	}

	/** Makes sure the index exists, when the step starts. */
	void open() {
		this.index.ensureExists();
	}

	/**
	 * Indexes a file's entries and returns once Elasticsearch has acknowledged them all.
	 * @throws IndexRefused when an entry is refused for good
	 * @throws IndexUnavailable when Elasticsearch stays away longer than
	 * {@code luutru.indexing.give-up-after}
	 */
	void add(List<ArchiveEntry> entries, IndexedFile file) {
		if (entries.isEmpty()) {
			return;
		}
		BulkRequest request = BulkRequest.of((bulk) -> bulk.operations(entries.stream()
			.map((entry) -> BulkOperation
				.of((op) -> op.index((i) -> i.index(this.index.alias()).id(entry.id()).document(entry))))
			.toList()));
		Instant giveUpAt = Instant.now(this.clock).plus(this.properties.giveUpAfter());
		Duration delay = this.properties.initialDelay();
		boolean waited = false;
		try {
			while (true) {
				String transientFailure = attempt(request, file);
				if (transientFailure == null) {
					return;
				}
				if (!Instant.now(this.clock).isBefore(giveUpAt)) {
					throw new IndexUnavailable("Elasticsearch không trả lời được trong " + this.properties.giveUpAfter()
							+ ": " + transientFailure, null);
				}
				log.warn("Indexing {} must wait {}: {}", file.source(), delay, transientFailure);
				this.note.waiting("Đang chờ Elasticsearch: " + transientFailure);
				waited = true;
				sleep(delay, transientFailure);
				delay = min(delay.multipliedBy(2), this.properties.maxDelay());
			}
		}
		finally {
			if (waited) {
				this.note.waiting(null);
			}
		}
	}

	/** Sends the request once; what failed for now, or null when it was acknowledged. */
	private @Nullable String attempt(BulkRequest request, IndexedFile file) {
		BulkResponse response;
		try {
			response = this.sender.send(request);
		}
		catch (ElasticsearchException ex) {
			if (TRANSIENT.contains(ex.status())) {
				return "trả lời " + ex.status() + " (" + ex.error().type() + ")";
			}
			throw new IndexRefused("không lập chỉ mục được: " + ex.getMessage());
		}
		catch (TransportException ex) {
			if (ex.statusCode() <= 0 || TRANSIENT.contains(ex.statusCode())) {
				return "không kết nối được (" + ex.getMessage() + ")";
			}
			throw new IndexRefused("không lập chỉ mục được: " + ex.getMessage());
		}
		catch (IOException ex) {
			return "không kết nối được (" + ex.getMessage() + ")";
		}
		if (!response.errors()) {
			return null;
		}
		@Nullable String transientFailure = null;
		for (BulkResponseItem item : response.items()) {
			if (item.error() == null) {
				continue;
			}
			String reason = item.error().type() + ": " + item.error().reason();
			if (!TRANSIENT.contains(item.status())) {
				throw new IndexRefused("không lập chỉ mục được: " + reason);
			}
			transientFailure = "trả lời " + item.status() + " (" + reason + ")";
		}
		// The whole request is sent again: entries already acknowledged are overwritten
		// by the same ids.
		return transientFailure;
	}

	private void sleep(Duration delay, String why) {
		try {
			this.sleeper.sleep(delay);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IndexUnavailable("Dừng khi đang chờ Elasticsearch: " + why, ex);
		}
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	/**
	 * Refreshes the index when the step ends, so its last files are searchable at once.
	 */
	void close() {
		this.index.refresh();
	}

}
