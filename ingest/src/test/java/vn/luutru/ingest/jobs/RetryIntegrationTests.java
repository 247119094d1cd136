package vn.luutru.ingest.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.catalog.IngestFailure;
import vn.luutru.archive.jobs.IngestProgress;
import vn.luutru.archive.jobs.IngestRequest;
import vn.luutru.archive.jobs.JobProgress;
import vn.luutru.archive.jobs.NothingToResume;
import vn.luutru.archive.jobs.NothingToRetry;
import vn.luutru.archive.support.TestStores;
import vn.luutru.ingest.worker.IngestCommand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Files a job set aside are ingested again once staff have fixed them: only those files
 * are read, the others are not touched again, and the set-aside entries say where they
 * went. A job that failed part-way goes on from where it stopped.
 */
@SpringBootTest(classes = IngestJobIntegrationTests.Ingest.class,
		properties = { "spring.batch.job.enabled=false", "logging.level.vn.luutru=INFO" })
class RetryIntegrationTests {

	// Inside the tests' ingest root, the system's temporary folder.
	@TempDir
	Path work;

	@DynamicPropertySource
	static void stores(DynamicPropertyRegistry registry) {
		TestStores.register(registry, "ingest");
	}

	@Autowired
	IngestCommand command;

	@Autowired
	IngestProgress progress;

	@Autowired
	Documents documents;

	@Autowired
	IngestJobs jobs;

	@Autowired
	JobRepository repository;

	@Test
	void aFixedFileIsIngestedByRetryingItsJobAndNothingElseIsReadAgain() throws IOException {
		Path folder = Files.createDirectories(this.work.resolve("scans"));
		pdf(folder.resolve("cong-van-ok.pdf"), "Cong van so 41 ve viec kiem ke dat dai " + System.nanoTime());
		Path broken = Files.write(folder.resolve("to-trinh-hong.pdf"), "%PDF-1.7 truncated".getBytes());
		pdf(folder.resolve("sub/ke-hoach-ok.pdf"), "Ke hoach so 7 ve quan trac moi truong " + System.nanoTime());
		Files.write(folder.resolve("sub/bien-ban-hong.pdf"), "not a pdf at all".getBytes());

		JobProgress first = this.command.ingest(folder);
		assertThat(first.filesIndexed()).isEqualTo(2);
		assertThat(first.failed()).isEqualTo(2);

		// Staff rescan one of the two; retrying the job reads only what was set aside.
		pdf(broken, "To trinh so 19 ve viec thu hoi dat " + System.nanoTime());
		JobProgress retried = this.command.retry(first.id(), null);

		assertThat(retried.status()).isEqualTo("COMPLETED");
		assertThat(retried.filesTotal()).isEqualTo(2);
		assertThat(retried.filesIndexed()).isEqualTo(1);
		assertThat(retried.duplicates()).isZero();
		assertThat(retried.failures()).singleElement()
			.satisfies((failure) -> assertThat(failure.fileName()).isEqualTo("bien-ban-hong.pdf"));
		assertThat(this.progress.progress(first.id()).orElseThrow().failures()).extracting(IngestFailure::retriedIn)
			.containsOnly(retried.id());

		// Nothing of the first job is left to retry; one file of the second can be named.
		assertThatExceptionOfType(NothingToRetry.class).isThrownBy(() -> this.command.retry(first.id(), null))
			.withMessageContaining("không còn tệp nào");
		Path shown = retried.failures().getFirst().sourcePath();
		pdf(folder.resolve("sub/bien-ban-hong.pdf"), "Bien ban so 3 ve hien trang su dung dat " + System.nanoTime());
		JobProgress third = this.command.retry(retried.id(), shown.toString());
		assertThat(third.filesTotal()).isEqualTo(1);
		assertThat(third.filesIndexed()).isEqualTo(1);
		assertThat(third.failures()).isEmpty();
	}

	@Test
	void aFileNotSetAsideByTheJobCannotBeRetried() throws IOException {
		Path folder = Files.createDirectories(this.work.resolve("scans"));
		pdf(folder.resolve("ok.pdf"), "Thong bao so 5 " + System.nanoTime());
		JobProgress done = this.command.ingest(folder);

		assertThatExceptionOfType(NothingToRetry.class).isThrownBy(() -> this.command.retry(done.id(), "ok.pdf"))
			.withMessageContaining("ok.pdf");
	}

	@Test
	void aJobThatFailedPartWayGoesOnFromWhereItStoppedWithoutReadingAFileTwice() throws Exception {
		Path folder = Files.createDirectories(this.work.resolve("scans"));
		for (int i = 1; i <= 12; i++) {
			pdf(folder.resolve("cong-van-" + i + ".pdf"), "Cong van so " + i + " tiep tuc " + System.nanoTime());
		}
		IngestRequest request = this.jobs.requestHere(folder, "test", "worker-that-fails");
		RunningJob running = this.jobs.start(request);
		while (this.progress.progress(request.id()).orElseThrow().filesDone() < 1) {
			Thread.sleep(20);
		}
		failPartWay(running);
		JobProgress failed = this.progress.progress(request.id()).orElseThrow();
		assertThat(failed.status()).isEqualTo("FAILED");
		assertThat(failed.filesDone()).isBetween(1L, 11L);

		JobProgress resumed = this.command.resume(request.id());

		assertThat(resumed.id()).isEqualTo(request.id());
		assertThat(resumed.status()).isEqualTo("COMPLETED");
		// Every file once, over both runs: none read again, none left out.
		assertThat(resumed.filesDone()).isEqualTo(12);
		assertThat(resumed.filesIndexed()).isEqualTo(12);
		assertThat(resumed.duplicates()).isZero();
		assertThatExceptionOfType(NothingToResume.class).isThrownBy(() -> this.command.resume(request.id()))
			.withMessageContaining("không dừng giữa chừng vì lỗi");
	}

	/**
	 * Ends a running job part-way as a lasting outage does: its step stops after the file
	 * it is on (waited for until its thread has left it), and the job is recorded FAILED,
	 * the state Spring Batch restarts from.
	 */
	private void failPartWay(RunningJob running) throws InterruptedException {
		this.jobs.stop(running);
		JobExecution execution = this.repository.getJobExecution(running.executionId());
		for (int i = 0; i < 600 && execution.getStepExecutions()
			.stream()
			.anyMatch((step) -> step.getStatus().isRunning() || step.getEndTime() == null); i++) {
			Thread.sleep(100);
			execution = this.repository.getJobExecution(running.executionId());
		}
		execution.setStatus(BatchStatus.FAILED);
		execution.setExitStatus(ExitStatus.FAILED.addExitDescription("Elasticsearch không trả lời quá lâu"));
		this.repository.update(execution);
	}

	private static void pdf(Path file, String text) throws IOException {
		Files.createDirectories(file.getParent());
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(text);
				content.endText();
			}
			document.save(file.toFile());
		}
	}

}
