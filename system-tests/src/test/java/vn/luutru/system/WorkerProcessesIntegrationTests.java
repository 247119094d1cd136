package vn.luutru.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import vn.luutru.samples.BenchScans;
import vn.luutru.samples.SampleSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ingestion in worker processes apart from the web server: {@code ./luutru ingest} runs a
 * job in a worker of its own, and a worker killed with SIGKILL in the middle of a job
 * takes neither search nor the web server's health with it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkerProcessesIntegrationTests {

	@TempDir(factory = ReadableTempDirs.class)
	static Path scans;

	private Installation installation;

	private Api api;

	@BeforeAll
	void serverAndAnAdministrator() {
		// Watched folders listed every second, a file ready after 2 s unchanged.
		this.installation = Installation.create("workers",
				List.of("--luutru.watch.poll-interval=1s", "--luutru.watch.quiet-period=2s"));
		this.api = this.installation.serveWithAdministrator();
	}

	@AfterAll
	void stopEverything() {
		if (this.installation != null) {
			this.installation.close();
		}
	}

	@Test
	@Order(1)
	void ingestRunsAFolderInAWorkerAndTheWebServerFindsItsDocuments() throws IOException {
		Path folder = Samples.copied(scans, "nho", SampleSet.BORN_DIGITAL_DECISION, SampleSet.LETTER_PNG);

		Ran ingest = this.installation.luutru("ingest", folder.toString());

		assertThat(ingest.exitCode()).as(ingest::toString).isZero();
		var found = this.api.get(Api.search("quyết định"));
		assertThat(found.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<List<String>>read(found.body(), "$.hits[*].fileName"))
			.contains(SampleSet.BORN_DIGITAL_DECISION);
	}

	@Test
	@Order(2)
	void ingestOfAFolderThatIsNotThereCannotStart() {
		Ran ingest = this.installation.luutru("ingest", scans.resolve("khong-co").toString());

		assertThat(ingest.exitCode()).as(ingest::toString).isEqualTo(2);
		assertThat(ingest.out() + ingest.err()).as(ingest::toString).doesNotContain("\tat ");
	}

	@Test
	@Order(2)
	void retryIngestsTheFixedFileAJobSetAsideAndNothingElse() throws IOException {
		Path all = scans.resolve("mau");
		Path folder = Files.createDirectories(scans.resolve("sua"));
		Files.copy(all.resolve(SampleSet.LETTER_PNG), folder.resolve(SampleSet.LETTER_PNG));
		Files.writeString(folder.resolve("to-trinh.pdf"), "%PDF-1.7 cut short");
		Ran ingest = this.installation.luutru("ingest", folder.toString());
		assertThat(ingest.exitCode()).as(ingest::toString).isZero();
		assertThat(ingest.out()).contains("1 set aside");
		String job = ingest.out().replaceAll("(?s).*\\(job (\\d+)\\).*", "$1");

		// Rescanned: the born-digital decision under the damaged file's name, its bytes
		// new to the archive.
		Files.write(folder.resolve("to-trinh.pdf"), Files.readAllBytes(all.resolve(SampleSet.BORN_DIGITAL_DECISION)));
		Files.writeString(folder.resolve("to-trinh.pdf"), "%quet lai\n", java.nio.file.StandardOpenOption.APPEND);
		Ran retry = this.installation.luutru("retry", job);

		assertThat(retry.exitCode()).as(retry::toString).isZero();
		assertThat(retry.out()).contains("files 1/1", "Done: 1 files indexed", "0 already in the archive, 0 set aside");
		Ran again = this.installation.luutru("retry", job);
		assertThat(again.exitCode()).as(again::toString).isEqualTo(2);
		assertThat(again.err()).contains("Lượt nhập số " + job + " không còn tệp nào bị để riêng để nhập lại.");
		Ran resume = this.installation.luutru("resume", job);
		assertThat(resume.exitCode()).as(resume::toString).isEqualTo(2);
		assertThat(resume.err()).contains("không dừng giữa chừng").doesNotContain("\tat ");
	}

	@Test
	@Order(3)
	void aWorkerKilledMidJobLeavesSearchAndHealthAnswering() throws Exception {
		Path report = Files.createDirectories(scans.resolve("bao-cao"));
		BenchScans.writeDegradedReport(report.resolve("bao-cao-24-trang.pdf"), 24);
		Process worker = this.installation.background("worker", "worker");

		long job = this.api.startJob(report);
		awaitPagesRead(job, worker);
		worker.destroyForcibly();

		assertThat(worker.waitFor(10, TimeUnit.SECONDS)).isTrue();
		assertThat(worker.exitValue()).isEqualTo(137);
		assertThat(this.api.health()).isEqualTo(200);
		var found = this.api.get(Api.search("quyết định"));
		assertThat(found.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<List<String>>read(found.body(), "$.hits[*].fileName"))
			.contains(SampleSet.BORN_DIGITAL_DECISION);
	}

	/**
	 * The watcher runs inside {@code ./luutru worker}: a scan copied into a folder an
	 * administrator registered is found, queued and ingested by the worker process, and
	 * searchable, without anyone starting a job.
	 */
	@Test
	@Order(4)
	void aScanCopiedIntoAWatchedFolderIsSearchableWithoutAnyoneStartingAJob() throws IOException {
		Path watched = Files.createDirectories(scans.resolve("theo-doi"));
		var registered = this.api.post("/api/watched-folders", "{\"folder\": \"" + watched + "\"}");
		assertThat(registered.statusCode()).as(registered::body).isEqualTo(201);
		Process worker = this.installation.background("watcher", "worker");
		Path all = SampleSet.generate(scans.resolve("mau-theo-doi")).getFirst().getParent();

		// New bytes, so that it is not a file the archive has already.
		Path copied = watched.resolve("quyet-dinh-theo-doi.pdf");
		Files.write(copied, Files.readAllBytes(all.resolve(SampleSet.BORN_DIGITAL_DECISION)));
		Files.writeString(copied, "%theo doi\n", java.nio.file.StandardOpenOption.APPEND);
		Instant copiedAt = Instant.now();

		Instant deadline = copiedAt.plus(Duration.ofMinutes(5));
		List<String> found = List.of();
		while (!found.contains(copied.getFileName().toString()) && Instant.now().isBefore(deadline)) {
			assertThat(worker.isAlive()).as(() -> this.installation.log("watcher")).isTrue();
			Installation.sleep(Duration.ofMillis(500));
			found = JsonPath.read(this.api.get(Api.search("quyết định") + "&size=50").body(), "$.hits[*].fileName");
		}
		assertThat(found).as(() -> this.installation.log("watcher")).contains(copied.getFileName().toString());
		System.out.printf("Watched folder: searchable %d ms after the copy%n",
				Duration.between(copiedAt, Instant.now()).toMillis());
		String folders = this.api.get("/api/watched-folders").body();
		assertThat(JsonPath.<List<Number>>read(folders, "$[?(@.folder == '" + watched.toRealPath() + "')].filesTaken"))
			.singleElement()
			.satisfies((taken) -> assertThat(taken.longValue()).isEqualTo(1));
	}

	/** Waits until the job runs in the worker and has read a page: mid-job. */
	private void awaitPagesRead(long job, Process worker) throws IOException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
		String progress = "";
		while (Instant.now().isBefore(deadline)) {
			assertThat(worker.isAlive()).as(() -> this.installation.log("worker")).isTrue();
			progress = this.api.get("/api/jobs/" + job).body();
			Number pagesRead = JsonPath.read(progress, "$.pagesRead");
			if ("STARTED".equals(JsonPath.read(progress, "$.status")) && pagesRead.longValue() > 0) {
				return;
			}
			Installation.sleep(Duration.ofMillis(500));
		}
		throw new AssertionError("The job did not get under way: " + progress);
	}

}
