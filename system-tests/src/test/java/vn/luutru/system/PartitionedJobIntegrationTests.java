package vn.luutru.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One job's files spread over two worker processes through the partition channel in
 * PostgreSQL: both run partitions of it, one is killed with SIGKILL mid-way, its
 * partition is sent again and finished by the other, and every file is indexed once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PartitionedJobIntegrationTests {

	private static final int FILES = 200;

	private static final List<String> PARTITIONING = List.of("--luutru.partitioning.enabled=true",
			"--luutru.partitioning.files-per-partition=10", "--luutru.partitioning.heartbeat-interval=1s",
			"--luutru.partitioning.take-over-after=4s", "--luutru.partitioning.poll-interval=500ms");

	@TempDir(factory = ReadableTempDirs.class)
	static Path scans;

	private Installation installation;

	private Api api;

	@BeforeAll
	void serverAndAnAdministrator() {
		this.installation = Installation.create("partitions");
		this.api = this.installation.serveWithAdministrator();
	}

	@AfterAll
	void stopEverything() {
		if (this.installation != null) {
			this.installation.close();
		}
	}

	private String survivor = "";

	@Test
	@Order(1)
	void twoWorkersShareOneJobAndOneKilledLosesNothing() throws Exception {
		// given
		Path folder = Files.createDirectories(scans.resolve("phan-vung"));
		for (int n = 0; n < FILES; n++) {
			pdf(folder, n);
		}
		Process first = worker("worker-a");
		Process second = worker("worker-b");
		this.installation.awaitLogged("worker-a", "runs partitions of every worker", Duration.ofMinutes(5));
		this.installation.awaitLogged("worker-b", "runs partitions of every worker", Duration.ofMinutes(5));

		// when
		long job = this.api.startJob(folder);
		String victim = awaitBothRunningPartitions(first, second);
		// Most ranges have not started yet, but the totals are known since the split.
		String early = this.api.get("/api/jobs/" + job).body();
		assertThat(JsonPath.<Integer>read(early, "$.filesTotal")).as(early).isEqualTo(FILES);
		assertThat(JsonPath.<Integer>read(early, "$.pagesTotal")).as(early).isEqualTo(FILES);
		Process killed = victim.equals("worker-a") ? first : second;
		this.survivor = victim.equals("worker-a") ? "worker-b" : "worker-a";
		killed.destroyForcibly();
		assertThat(killed.waitFor(10, TimeUnit.SECONDS)).isTrue();
		String progress = this.api.awaitEnd(job, Duration.ofMinutes(10));

		// then
		assertThat(JsonPath.<String>read(progress, "$.status")).as(progress).isEqualTo("COMPLETED");
		assertThat(this.installation.log(this.survivor)).contains("sends partition");
		var found = this.api.get(Api.search("phanvung"));
		assertThat(JsonPath.<Number>read(found.body(), "$.total").longValue()).as(found::body).isEqualTo(FILES);
	}

	/**
	 * For docs/benchmarks.md, with {@code -Dpartitions.compare=true}: the same number of
	 * files with the worker left from the test above, then with a second one beside it.
	 */
	@Test
	@Order(2)
	@EnabledIfSystemProperty(named = "partitions.compare", matches = "true")
	void oneWorkerAgainstTwo() throws Exception {
		Duration one = timed("een", FILES);
		worker("worker-c");
		this.installation.awaitLogged("worker-c", "runs partitions of every worker", Duration.ofMinutes(5));
		Duration two = timed("twee", FILES);
		System.out.printf("| workers | files | wall time (s) | files / min |%n| ---: | ---: | ---: | ---: |%n");
		System.out.printf("| 1 | %d | %.1f | %.0f |%n", FILES, one.toMillis() / 1000.0,
				FILES * 60_000.0 / one.toMillis());
		System.out.printf("| 2 | %d | %.1f | %.0f |%n", FILES, two.toMillis() / 1000.0,
				FILES * 60_000.0 / two.toMillis());
	}

	private Duration timed(String name, int files) throws IOException {
		Path folder = Files.createDirectories(scans.resolve(name));
		for (int n = 0; n < files; n++) {
			pdf(folder, name.hashCode() % 1000 * 1000 + n);
		}
		Instant started = Instant.now();
		long job = this.api.startJob(folder);
		String progress = this.api.awaitEnd(job, Duration.ofMinutes(10));
		assertThat(JsonPath.<String>read(progress, "$.status")).as(progress).isEqualTo("COMPLETED");
		return Duration.between(started, Instant.now());
	}

	private Process worker(String name) {
		String[] args = new String[PARTITIONING.size() + 1];
		args[0] = "worker";
		for (int i = 0; i < PARTITIONING.size(); i++) {
			args[i + 1] = PARTITIONING.get(i);
		}
		return this.installation.background(name, args);
	}

	/**
	 * Waits until each worker has started a partition and the one that is not running the
	 * job itself has started a second (so finished one): mid-way. Returns that worker's
	 * name, to be killed.
	 */
	private String awaitBothRunningPartitions(Process first, Process second) {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
		while (Instant.now().isBefore(deadline)) {
			assertThat(first.isAlive()).as(() -> this.installation.log("worker-a")).isTrue();
			assertThat(second.isAlive()).as(() -> this.installation.log("worker-b")).isTrue();
			String a = this.installation.log("worker-a");
			String b = this.installation.log("worker-b");
			if (partitions(a) >= 1 && partitions(b) >= 1) {
				String victim = a.contains("Running job") ? "worker-b" : "worker-a";
				if (partitions(victim.equals("worker-a") ? a : b) >= 2) {
					return victim;
				}
			}
			Installation.sleep(Duration.ofMillis(200));
		}
		throw new AssertionError("Both workers did not take part: " + this.installation.log("worker-a")
				+ this.installation.log("worker-b"));
	}

	/** How many partitions a worker's log says it started. */
	static int partitions(String log) {
		return log.split("runs partition StepExecutionRequest", -1).length - 1;
	}

	/** A one-page born-digital PDF with a word of its own and one all share. */
	static void pdf(Path folder, int n) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A6);
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
				content.newLineAtOffset(20, 300);
				content.showText("QUYET DINH phanvung so pv" + (1000 + n));
				content.endText();
			}
			document.save(folder.resolve("pv-%03d.pdf".formatted(n)).toFile());
		}
	}

}
