package vn.luutru.ingest.jobs;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.luutru.archive.catalog.IngestFailure;
import vn.luutru.archive.catalog.SetAsideKind;
import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.index.ArchiveIndex;
import vn.luutru.archive.jobs.JobProgress;
import vn.luutru.archive.support.TestStores;
import vn.luutru.ingest.worker.IngestCommand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * A folder of files built to break an ingestion, beside one good report: each hostile
 * file is set aside with a reason staff can read, the good one is indexed, and the job
 * completes.
 */
@SpringBootTest(classes = IngestJobIntegrationTests.Ingest.class,
		properties = { "spring.batch.job.enabled=false", "logging.level.vn.luutru=INFO" })
class HostileInputIntegrationTests {

	@TempDir
	static Path work;

	@DynamicPropertySource
	static void stores(DynamicPropertyRegistry registry) {
		TestStores.register(registry, "ingest");
	}

	@Autowired
	IngestCommand command;

	@Autowired
	ElasticsearchClient client;

	@Autowired
	ArchiveIndex index;

	@Test
	void everyHostileFileIsSetAsideWithItsReasonAndTheGoodOneIsIndexed() throws Exception {
		// given
		Path folder = work.resolve("hostile");
		HostileCorpus.write(folder);
		Path fifo = folder.resolve("ong-dan.pdf");
		assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
		Files.createSymbolicLink(folder.resolve("lien-ket.pdf"), folder.resolve(HostileCorpus.GOOD));

		// when
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		long started = System.nanoTime();
		JobProgress progress = this.command.ingest(folder);
		System.out.printf("Hostile corpus ingested in %d ms; heap pools' peak %d MB of %d MB max%n",
				(System.nanoTime() - started) / 1_000_000, peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);

		// then
		assertThat(progress.status()).isEqualTo("COMPLETED");
		assertThat(progress.filesTotal()).isEqualTo(13);
		assertThat(progress.filesIndexed()).isEqualTo(1);
		assertThat(progress.pagesTotal()).isNotNull().isBetween(1, 100);
		Map<String, String> reasons = progress.failures()
			.stream()
			.filter(IngestFailure::wholeFile)
			.collect(Collectors.toMap(IngestFailure::fileName, IngestFailure::reason));
		assertThat(reasons).containsOnlyKeys("bom-so-trang.pdf", "bom-anh.pdf", "jpeg-noi-doi.pdf", "png-khong-lo.png",
				"tiff-khong-lo.tif", "long-sau.pdf", "ma-hoa.pdf", "rong.pdf", "cat-cut.pdf", "scan.pdf", "ong-dan.pdf",
				"lien-ket.pdf");
		assertThat(reasons.get("bom-so-trang.pdf")).contains("2147483647 trang");
		assertThat(reasons.get("bom-anh.pdf")).contains("60000 × 60000");
		assertThat(reasons.get("jpeg-noi-doi.pdf")).contains("60000 × 60000");
		assertThat(reasons.get("png-khong-lo.png")).contains("100000 × 100000");
		assertThat(reasons.get("tiff-khong-lo.tif")).contains("100000 × 100000");
		assertThat(reasons.get("long-sau.pdf")).contains("lồng nhau quá sâu");
		assertThat(reasons.get("ma-hoa.pdf")).contains("mã hóa");
		assertThat(reasons.get("rong.pdf")).contains("tệp rỗng");
		assertThat(reasons.get("cat-cut.pdf")).contains("hỏng");
		assertThat(reasons.get("scan.pdf")).contains("text/plain");
		assertThat(reasons.get("ong-dan.pdf")).contains("FIFO");
		assertThat(reasons.get("lien-ket.pdf")).contains("liên kết");
		Map<String, SetAsideKind> kinds = progress.failures()
			.stream()
			.filter(IngestFailure::wholeFile)
			.collect(Collectors.toMap(IngestFailure::fileName, IngestFailure::kind));
		assertThat(kinds).containsOnly(entry("bom-so-trang.pdf", SetAsideKind.TOO_MANY_PAGES),
				entry("bom-anh.pdf", SetAsideKind.IMAGE_TOO_LARGE),
				entry("jpeg-noi-doi.pdf", SetAsideKind.IMAGE_TOO_LARGE),
				entry("png-khong-lo.png", SetAsideKind.IMAGE_TOO_LARGE),
				entry("tiff-khong-lo.tif", SetAsideKind.IMAGE_TOO_LARGE),
				entry("long-sau.pdf", SetAsideKind.NESTING_TOO_DEEP), entry("ma-hoa.pdf", SetAsideKind.ENCRYPTED),
				entry("rong.pdf", SetAsideKind.EMPTY), entry("cat-cut.pdf", SetAsideKind.UNREADABLE),
				entry("scan.pdf", SetAsideKind.UNSUPPORTED_TYPE), entry("ong-dan.pdf", SetAsideKind.NOT_A_REGULAR_FILE),
				entry("lien-ket.pdf", SetAsideKind.NOT_A_REGULAR_FILE));
		assertThat(reasons.values())
			.allSatisfy((reason) -> assertThat(reason).doesNotContain("Exception", "Error", "\tat ", "java."));
		this.index.refresh();
		assertThat(this.client
			.search((s) -> s.index(this.index.alias())
				.query((q) -> q.match((m) -> m.field("text").query(HostileCorpus.GOOD_WORD))), ArchiveEntry.class)
			.hits()
			.hits()).extracting((hit) -> hit.source().fileName()).contains(HostileCorpus.GOOD);
	}

	/** The sum of the heap pools' peaks: an upper bound of the heap the job used. */
	private static long peakHeap() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.mapToLong((pool) -> pool.getPeakUsage().getUsed())
			.sum();
	}

}
