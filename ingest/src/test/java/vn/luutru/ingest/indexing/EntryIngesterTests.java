package vn.luutru.ingest.indexing;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.bulk.OperationType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.index.DocumentEntry;
import vn.luutru.archive.index.PageEntry;
import vn.luutru.archive.index.ArchiveIndex;
import vn.luutru.archive.index.ElasticsearchConnections;
import vn.luutru.archive.index.ElasticsearchProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;

/**
 * A file's entries are acknowledged before the writer returns; an Elasticsearch that is
 * away is waited out, saying so, and never sets the file aside.
 */
class EntryIngesterTests {

	static final String SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

	final IndexingProperties properties = new IndexingProperties(Duration.ofSeconds(1), Duration.ofSeconds(4),
			Duration.ofMinutes(1), 500);

	final List<@Nullable String> notes = new ArrayList<>();

	final List<Duration> waits = new ArrayList<>();

	Instant now = Instant.parse("2026-01-05T08:00:00Z");

	@Test
	void entriesAreSentAtOnceAndNothingIsNotedWhenTheIndexAnswers() {
		List<BulkRequest> sent = new ArrayList<>();

		ingester((request) -> {
			sent.add(request);
			return ok();
		}).add(entries(), file());

		assertThat(sent).singleElement().satisfies((request) -> assertThat(request.operations()).hasSize(2));
		assertThat(this.notes).isEmpty();
		assertThat(this.waits).isEmpty();
	}

	@Test
	void anUnreachableOrOverloadedIndexIsWaitedOutWithANoteClearedWhenItIsBack() {
		List<Object> answers = new ArrayList<>(
				List.of(new ConnectException("Connection refused"), failedItem(429, "es_rejected_execution_exception"),
						new ConnectException("Connection refused"), new ConnectException("Connection refused"), ok()));

		ingester((request) -> {
			Object answer = answers.removeFirst();
			if (answer instanceof IOException ex) {
				throw ex;
			}
			return (BulkResponse) answer;
		}).add(entries(), file());

		assertThat(answers).isEmpty();
		assertThat(this.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
				Duration.ofSeconds(4));
		assertThat(this.notes.getFirst()).startsWith("Đang chờ Elasticsearch: không kết nối được");
		assertThat(this.notes.get(1)).startsWith("Đang chờ Elasticsearch: trả lời 429");
		assertThat(this.notes.getLast()).isNull();
	}

	@Test
	void anEntryRefusedForGoodSetsTheFileAsideWithTheReason() {
		EntryIngester ingester = ingester((request) -> failedItem(400, "document_parsing_exception"));

		assertThatExceptionOfType(IndexRefused.class).isThrownBy(() -> ingester.add(entries(), file()))
			.withMessageContaining("document_parsing_exception");
		assertThat(this.waits).isEmpty();
	}

	@Test
	void anIndexAwayForLongerThanTheLimitFailsTheJobInsteadOfSettingTheFileAside() {
		EntryIngester ingester = ingester((request) -> {
			throw new ConnectException("Connection refused");
		});

		assertThatExceptionOfType(IndexUnavailable.class).isThrownBy(() -> ingester.add(entries(), file()))
			.withMessageContaining("Connection refused");
		assertThat(this.waits.stream().reduce(Duration.ZERO, Duration::plus))
			.isGreaterThanOrEqualTo(Duration.ofMinutes(1));
		assertThat(this.notes.getLast()).isNull();
	}

	private EntryIngester ingester(EntryIngester.Sender sender) {
		ArchiveIndex index = new ArchiveIndex(mock(ElasticsearchClient.class), new ElasticsearchConnections(),
				new ElasticsearchProperties.Index("luutru-archive", 1, 0, 0.3));
		return new EntryIngester(sender, index, this.properties, this.notes::add, (duration) -> {
			this.waits.add(duration);
			this.now = this.now.plus(duration);
		}, new Clock() {

			@Override
			public ZoneOffset getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return EntryIngesterTests.this.now;
			}

		});
	}

	private static BulkResponse ok() {
		return BulkResponse.of((r) -> r.errors(false).took(1).items(List.of()));
	}

	private static BulkResponse failedItem(int status, String type) {
		return BulkResponse.of((r) -> r.errors(true)
			.took(1)
			.items(List.of(BulkResponseItem.of((i) -> i.operationType(OperationType.Index)
				.index("luutru-archive-3")
				.id("ba7816bf8f01cfea414140de")
				.status(status)
				.error((e) -> e.type(type).reason("không được"))))));
	}

	private static List<ArchiveEntry> entries() {
		PageEntry page = new PageEntry("ba7816bf8f01cfea414140de", SHA256, "thong-bao.pdf", "Thông báo",
				"application/pdf", 42, 1, 1, "Thông báo", "ocr", 90f, null, null, Instant.EPOCH, 7, null);
		return List.of(DocumentEntry.of(List.of(page), Map.of()), page);
	}

	private static IndexedFile file() {
		return new IndexedFile(DocumentId.fromSha256(SHA256), SHA256, Path.of("/srv/scans/thong-bao.pdf"), 42);
	}

}
