package vn.luutru.archive.jobs;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.EmptyResultDataAccessException;

import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.catalog.IngestFailure;
import vn.luutru.archive.catalog.IngestFailures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class IngestProgressTests {

	static final Instant NOW = Instant.parse("2025-06-02T08:00:00Z");

	static final Path FOLDER = Path.of("/srv/scans/2025-06");

	IngestRequests requests = mock(IngestRequests.class);

	JobRepository repository = mock(JobRepository.class);

	Documents documents = mock(Documents.class);

	IngestFailures failures = mock(IngestFailures.class);

	IngestProgress progress = new IngestProgress(this.requests, this.repository, this.documents, this.failures,
			new JobsProperties(Duration.ofSeconds(60)),
			new IngestRoots(List.of(Path.of("/srv/scans")), Path.of("/var/lib/luutru")),
			Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void aRequestNoWorkerHasTakenIsQueuedWithNothingCounted() {
		given(this.requests.find(4)).willReturn(java.util.Optional.of(request(4, null, null, null, 0)));

		JobProgress queued = this.progress.progress(4).orElseThrow();

		assertThat(queued.id()).isEqualTo(4);
		assertThat(queued.folder()).isEqualTo(FOLDER.toString());
		assertThat(queued.status()).isEqualTo(JobProgress.QUEUED);
		assertThat(queued.ended()).isFalse();
		assertThat(queued.filesTotal()).isNull();
		assertThat(queued.failures()).isEmpty();
	}

	@Test
	void aClaimedRequestIsStartingUntilItsJobExists() {
		given(this.requests.find(4))
			.willReturn(java.util.Optional.of(request(4, "scan-1:812", NOW.minusSeconds(5), null, 0)));

		assertThat(this.progress.progress(4).orElseThrow().status()).isEqualTo("STARTING");
	}

	@Test
	void aRunningJobCountsFromItsExecutionAndReadsPagesFromTheHeartbeat() {
		given(this.requests.find(4))
			.willReturn(java.util.Optional.of(request(4, "scan-1:812", NOW.minusSeconds(5), 31L, 17)));
		JobExecution execution = execution(31, BatchStatus.STARTED, 3, 2, 1);
		given(this.repository.getJobExecution(31)).willReturn(execution);
		given(this.documents.countAddedBy(31)).willReturn(1L);
		given(this.documents.pagesAddedBy(31)).willReturn(12L);
		IngestFailure setAside = IngestFailure.ofFile(31, FOLDER.resolve("hong.pdf"), null, "Unreadable", NOW);
		given(this.failures.of(31)).willReturn(List.of(setAside));

		JobProgress running = this.progress.progress(4).orElseThrow();

		assertThat(running.id()).isEqualTo(4);
		assertThat(running.status()).isEqualTo("STARTED");
		assertThat(running.filesTotal()).isEqualTo(3);
		assertThat(running.pagesTotal()).isEqualTo(40);
		assertThat(running.filesDone()).isEqualTo(2);
		assertThat(running.filesIndexed()).isEqualTo(1);
		assertThat(running.duplicates()).isEqualTo(1);
		assertThat(running.failed()).isEqualTo(1);
		assertThat(running.pagesIndexed()).isEqualTo(12);
		// The worker's last heartbeat: the step commits its counts only file by file.
		assertThat(running.pagesRead()).isEqualTo(17);
		// Relative to the root the folder is in: no server path is shown.
		assertThat(running.failures()).singleElement().satisfies((failure) -> {
			assertThat(failure.sourcePath()).isEqualTo(Path.of("2025-06/hong.pdf"));
			assertThat(failure.reason()).isEqualTo("Unreadable");
		});
		assertThat(running.startedAt()).isEqualTo(NOW.minusSeconds(60));
	}

	@Test
	void aJobReadingItsLargeFilesPagesKnowsItsTotalsBeforeItsFileRangesExist() {
		given(this.requests.find(5))
			.willReturn(java.util.Optional.of(request(5, "scan-1:812", NOW.minusSeconds(5), 32L, 6)));
		JobExecution execution = new JobExecution(32, new JobInstance(1, "ingestScans"), new JobParameters());
		execution.setStatus(BatchStatus.STARTED);
		execution.setExitStatus(ExitStatus.EXECUTING);
		execution.addStepExecution(new StepExecution(3, "spreadPages", execution));
		for (int range = 0; range < 2; range++) {
			StepExecution pages = new StepExecution(4 + range, "ocrPageRange:pages0000000-000000" + (1 + 10 * range),
					execution);
			pages.getExecutionContext().putInt(IngestProgress.FILES_TOTAL, 7);
			pages.getExecutionContext().putInt(IngestProgress.PAGES_TOTAL, 320);
			execution.addStepExecution(pages);
		}
		given(this.repository.getJobExecution(32)).willReturn(execution);

		JobProgress reading = this.progress.progress(5).orElseThrow();

		// Each page range carries the whole folder's totals: they are not added up.
		assertThat(reading.filesTotal()).isEqualTo(7);
		assertThat(reading.pagesTotal()).isEqualTo(320);
		assertThat(reading.filesDone()).isZero();
		assertThat(reading.pagesRead()).isEqualTo(6);
	}

	@Test
	void anEndedJobReadsThePagesItsStepRecorded() {
		given(this.requests.find(4))
			.willReturn(java.util.Optional.of(request(4, "scan-1:812", NOW.minusSeconds(500), 31L, 17)));
		JobExecution execution = execution(31, BatchStatus.COMPLETED, 3, 3, 0);
		execution.getStepExecutions().iterator().next().getExecutionContext().putLong(IngestProgress.PAGES_READ, 40);
		execution.setEndTime(LocalDateTime.ofInstant(NOW.minusSeconds(600), ZoneId.systemDefault()));
		given(this.repository.getJobExecution(31)).willReturn(execution);

		JobProgress done = this.progress.progress(4).orElseThrow();

		assertThat(done.status()).isEqualTo("COMPLETED");
		assertThat(done.pagesRead()).isEqualTo(40);
		assertThat(done.jobFailed()).isFalse();
	}

	@Test
	void aJobWhoseWorkerStoppedReportingIsAbandoned() {
		given(this.requests.find(4))
			.willReturn(java.util.Optional.of(request(4, "scan-1:812", NOW.minusSeconds(61), 31L, 17)));
		given(this.repository.getJobExecution(31)).willReturn(execution(31, BatchStatus.STARTED, 3, 2, 0));

		JobProgress silent = this.progress.progress(4).orElseThrow();

		assertThat(silent.status()).isEqualTo("ABANDONED");
		assertThat(silent.ended()).isTrue();
		assertThat(silent.jobFailed()).isTrue();
		assertThat(silent.exitMessage()).contains("scan-1:812");
		assertThat(silent.pagesRead()).isEqualTo(17);
	}

	@Test
	void aClaimWhoseWorkerDiedBeforeStartingIsAbandonedToo() {
		given(this.requests.find(4))
			.willReturn(java.util.Optional.of(request(4, "scan-1:812", NOW.minusSeconds(61), null, 0)));

		assertThat(this.progress.progress(4).orElseThrow().status()).isEqualTo("ABANDONED");
	}

	@Test
	void aFailedJobSaysWhyInOneVietnameseLineNotAStackTrace() {
		given(this.requests.find(4))
			.willReturn(java.util.Optional.of(request(4, "scan-1:812", NOW.minusSeconds(5), 31L, 0)));
		JobExecution execution = execution(31, BatchStatus.FAILED, 3, 0, 0);
		java.io.StringWriter trace = new java.io.StringWriter();
		new ArithmeticException("integer overflow").printStackTrace(new java.io.PrintWriter(trace));
		execution.setExitStatus(ExitStatus.FAILED.addExitDescription(trace.toString()));
		given(this.repository.getJobExecution(31)).willReturn(execution);

		JobProgress failed = this.progress.progress(4).orElseThrow();

		assertThat(failed.status()).isEqualTo("FAILED");
		assertThat(failed.exitMessage()).doesNotContain("\tat ", "\n")
			.startsWith("Lượt nhập dừng vì một lỗi không lường trước")
			.contains("integer overflow");
	}

	@Test
	void aRequestAWorkerRefusedHasFailedWithTheReason() {
		IngestRequest refused = new IngestRequest(4, FOLDER, "quet", NOW.minusSeconds(3600), "scan-1:812", NOW, NOW,
				null, 0, null, "Thư mục /srv/scans/2025-06 nằm ngoài các thư mục được phép nhập");
		given(this.requests.find(4)).willReturn(java.util.Optional.of(refused));

		JobProgress failed = this.progress.progress(4).orElseThrow();

		assertThat(failed.status()).isEqualTo("FAILED");
		assertThat(failed.jobFailed()).isTrue();
		assertThat(failed.exitMessage()).startsWith("Thư mục /srv/scans/2025-06 nằm ngoài");
	}

	@Test
	void anUnknownIdHasNoProgress() {
		given(this.requests.find(5)).willReturn(java.util.Optional.empty());

		assertThat(this.progress.progress(5)).isEmpty();
	}

	@Test
	void aJobRepositoryThatLostTheExecutionShowsTheRequestAsStarting() {
		given(this.requests.find(4))
			.willReturn(java.util.Optional.of(request(4, "scan-1:812", NOW.minusSeconds(5), 31L, 0)));
		given(this.repository.getJobExecution(31)).willThrow(new EmptyResultDataAccessException(1));

		assertThat(this.progress.progress(4).orElseThrow().status()).isEqualTo("STARTING");
	}

	@Test
	void recentListsTheRequestsNewestFirst() {
		given(this.requests.recent(2))
			.willReturn(List.of(request(9, null, null, null, 0), request(8, "scan-1:812", NOW, null, 0)));

		assertThat(this.progress.recent(2)).extracting(JobProgress::id, JobProgress::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(9L, "QUEUED"),
					org.assertj.core.groups.Tuple.tuple(8L, "STARTING"));
	}

	private static IngestRequest request(long id, @Nullable String worker, @Nullable Instant heartbeat,
			@Nullable Long execution, long pagesRead) {
		return new IngestRequest(id, FOLDER, "quet", NOW.minusSeconds(3600), worker, heartbeat, heartbeat, execution,
				pagesRead);
	}

	private static JobExecution execution(long id, BatchStatus status, int files, long read, long filtered) {
		JobExecution execution = new JobExecution(id, new JobInstance(1, "ingestScans"), new JobParameters());
		execution.setStatus(status);
		execution.setExitStatus(status.isRunning() ? ExitStatus.EXECUTING : ExitStatus.COMPLETED);
		execution.setStartTime(LocalDateTime.ofInstant(NOW.minusSeconds(60), ZoneId.systemDefault()));
		StepExecution step = new StepExecution(2, "ingestFiles", execution);
		step.getExecutionContext().putInt(IngestProgress.FILES_TOTAL, files);
		step.getExecutionContext().putInt(IngestProgress.PAGES_TOTAL, 40);
		step.setReadCount(read);
		step.setFilterCount(filtered);
		execution.addStepExecution(step);
		return execution;
	}

}
