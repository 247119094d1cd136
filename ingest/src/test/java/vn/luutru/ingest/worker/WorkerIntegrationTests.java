package vn.luutru.ingest.worker;

import java.time.LocalDateTime;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import vn.luutru.archive.catalog.CatalogedDocument;
import vn.luutru.archive.catalog.Documents;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.luutru.archive.jobs.IngestProgress;
import vn.luutru.archive.jobs.IngestRequest;
import vn.luutru.archive.jobs.JobProgress;
import vn.luutru.archive.support.TestStores;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worker against the real stores: it takes a request recorded as the web server records
 * one, runs its job to the end and reports on it through the request, where any process
 * reads the progress.
 */
@SpringBootTest(classes = WorkerAgainstStores.Work.class, properties = "spring.batch.job.enabled=false")
class WorkerIntegrationTests extends WorkerAgainstStores {

	@Autowired
	IngestProgress progress;

	@Autowired
	vn.luutru.archive.jobs.IngestRetries retries;

	@Autowired
	JobRepository repository;

	@Autowired
	Documents documents;

	@Test
	void aWorkerTakesARecordedRequestAndRunsItToTheEnd() throws Exception {
		Path folder = letters(work.resolve("cong-van-2025-06"), "lo-mot");
		long id = this.requests.request(folder, "quet");
		assertThat(this.progress.progress(id).orElseThrow().status()).isEqualTo(JobProgress.QUEUED);
		Worker worker = worker();
		Path pidFile = Worker.pidFile(this.services.dataDir(), ProcessHandle.current().pid());

		worker.start();
		JobProgress done;
		try {
			assertThat(pidFile).content().isEqualTo(Long.toString(ProcessHandle.current().pid()));
			done = awaitEnd(id);
		}
		finally {
			worker.stop();
		}

		assertThat(done.status()).as(String.valueOf(done.exitMessage())).isEqualTo("COMPLETED");
		assertThat(done.folder()).isEqualTo(folder.toString());
		assertThat(done.filesTotal()).isEqualTo(2);
		assertThat(done.filesIndexed()).isEqualTo(2);
		assertThat(done.pagesIndexed()).isEqualTo(2);
		assertThat(done.pagesRead()).isEqualTo(2);
		assertThat(done.failures()).isEmpty();
		IngestRequest request = this.requests.find(id).orElseThrow();
		assertThat(request.claimedBy()).isEqualTo(Worker.name());
		assertThat(request.jobExecutionId()).isNotNull();
		assertThat(request.heartbeatAt()).isAfterOrEqualTo(request.claimedAt());
		assertThat(pidFile).doesNotExist();
	}

	@Test
	void aJobWhoseWorkerDiedIsTakenOverAndRestartedAfterItsLastCommittedFile() throws Exception {
		Path folder = letters(work.resolve("cong-van-2025-08"), "lo-ba", 4);
		IngestRequest request = this.requests.requestClaimed(folder, "quet", "may-chet:1");
		// What a worker killed after its second file leaves: an execution that says
		// STARTED, its step's position after two files, and a heartbeat that has stopped.
		JobParameters parameters = new JobParametersBuilder().addString("folder", folder.toString())
			.addLong("request", request.id())
			.toJobParameters();
		JobExecution dead = this.repository.createJobExecution(
				this.repository.createJobInstance("ingestScans", parameters), parameters, new ExecutionContext());
		dead.setStatus(BatchStatus.STARTED);
		dead.setStartTime(LocalDateTime.now());
		this.repository.update(dead);
		StepExecution step = this.repository.createStepExecution("ingestFiles", dead);
		step.setStatus(BatchStatus.STARTED);
		step.getExecutionContext().putInt("files.position", 2);
		this.repository.update(step);
		this.repository.updateExecutionContext(step);
		this.requests.started(request.id(), dead.getId());
		this.jdbc.sql("UPDATE ingest_requests SET heartbeat_at = now() - interval '10 seconds' WHERE id = ?")
			.param(request.id())
			.update();
		Worker worker = worker();

		worker.start();
		JobProgress done;
		try {
			done = awaitEnd(request.id(), dead.getId());
		}
		finally {
			worker.stop();
		}

		assertThat(done.status()).as(String.valueOf(done.exitMessage())).isEqualTo("COMPLETED");
		IngestRequest resumed = this.requests.find(request.id()).orElseThrow();
		assertThat(resumed.claimedBy()).isEqualTo(Worker.name());
		assertThat(resumed.jobExecutionId()).isNotEqualTo(dead.getId());
		JobExecution restarted = this.repository.getJobExecution(resumed.jobExecutionId());
		assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(dead.getJobInstance().getInstanceId());
		JobExecution failed = this.repository.getJobExecution(dead.getId());
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(failed.getExitStatus().getExitDescription()).contains("Máy xử lý ngừng hoạt động");
		// Only the files after the position were read again.
		assertThat(this.documents.addedBy(resumed.jobExecutionId())).extracting(CatalogedDocument::fileName)
			.containsExactlyInAnyOrder("cong-van-3.pdf", "cong-van-4.pdf");
	}

	@Test
	void aFolderGoneBeforeAWorkerTookItFailsItsJobWithTheReason() throws Exception {
		long id = this.requests.request(work.resolve("da-xoa"), "quet");
		Worker worker = worker();

		worker.start();
		JobProgress failed;
		try {
			failed = awaitEnd(id);
		}
		finally {
			worker.stop();
		}

		assertThat(failed.status()).isEqualTo("FAILED");
		assertThat(failed.jobFailed()).isTrue();
		assertThat(failed.exitMessage()).isEqualTo("Không có thư mục " + work.resolve("da-xoa") + " trên máy chủ.");
	}

	@Test
	void aRequestForAFolderOutsideTheWorkersRootsIsRefusedWithTheReasonNotRun() throws Exception {
		// As recorded before the roots changed, or by a web server with other roots.
		long id = this.requests.request(Path.of("/etc"), "quet");
		Worker worker = worker();

		worker.start();
		JobProgress refused;
		try {
			refused = awaitEnd(id);
		}
		finally {
			worker.stop();
		}

		assertThat(refused.status()).isEqualTo("FAILED");
		assertThat(refused.exitMessage()).startsWith("Thư mục /etc nằm ngoài các thư mục được phép nhập");
		assertThat(this.requests.find(id).orElseThrow().jobExecutionId()).isNull();
		// The folder is free again (for a request another worker would refuse as well).
		IngestRequest again = this.requests.requestClaimed(Path.of("/etc"), "quet", "scan-9:1");
		this.requests.refuse(again.id(), "Thư mục /etc nằm ngoài các thư mục được phép nhập");
	}

	@Test
	void theIngestCommandRunsItsOwnJobAndAnswersWithAnExitStatus() throws Exception {
		Path folder = letters(work.resolve("cong-van-2025-07"), "lo-hai");
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		ByteArrayOutputStream errors = new ByteArrayOutputStream();
		IngestCommand command = new IngestCommand(this.jobs, this.progress, this.retries,
				new PrintStream(output, true, StandardCharsets.UTF_8),
				new PrintStream(errors, true, StandardCharsets.UTF_8));

		assertThat(command.run(folder)).isZero();
		assertThat(command.run(work.resolve("khong-co"))).isEqualTo(2);
		assertThat(command.run(Path.of("/etc"))).isEqualTo(2);

		assertThat(output.toString(StandardCharsets.UTF_8)).contains("Ingesting " + folder)
			.contains("files 2/2 · pages read 2/2 · indexed 2 · duplicates 0 · set aside 0 · completed")
			.contains("Done: 2 files indexed (2 pages), 0 already in the archive, 0 set aside.");
		assertThat(errors.toString(StandardCharsets.UTF_8).lines()).containsExactly(
				"luutru ingest: Không có thư mục " + work.resolve("khong-co") + " trên máy chủ.",
				"luutru ingest: Thư mục /etc nằm ngoài các thư mục được phép nhập (" + TestStores.roots()
						+ "); quản trị viên đặt chúng trong luutru.ingest.roots.");
	}

	private JobProgress awaitEnd(long id) throws InterruptedException {
		return awaitEnd(id, -1);
	}

	/**
	 * Waits for the end of the request's job, run by an execution other than this one.
	 */
	private JobProgress awaitEnd(long id, long notExecution) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		while (true) {
			JobProgress now = this.progress.progress(id).orElseThrow();
			IngestRequest request = this.requests.find(id).orElseThrow();
			Long execution = request.jobExecutionId();
			// A request the worker refused ends without a job.
			boolean another = (execution != null && execution != notExecution) || request.refused() != null;
			if ((now.ended() && another) || Instant.now().isAfter(deadline)) {
				return now;
			}
			Thread.sleep(200);
		}
	}

	/** Two one-page letters with a text layer: read without OCR, in a moment. */
	private static Path letters(Path folder, String lot) throws IOException {
		return letters(folder, lot, 2);
	}

	private static Path letters(Path folder, String lot, int count) throws IOException {
		Files.createDirectories(folder);
		for (int n = 1; n <= count; n++) {
			letter(folder.resolve("cong-van-" + n + ".pdf"),
					"CONG VAN so " + n + "/STNMT-VP ve viec cap giay phep moi truong, " + lot);
		}
		return folder;
	}

}
