package vn.luutru.search.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataAccessResourceFailureException;

import vn.luutru.archive.jobs.FolderRefused;
import vn.luutru.archive.jobs.IngestProgress;
import vn.luutru.archive.jobs.IngestRequests;
import vn.luutru.archive.jobs.IngestRetries;
import vn.luutru.archive.jobs.IngestRoots;
import vn.luutru.archive.jobs.JobProgress;
import vn.luutru.search.audit.AuditedAction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

class IngestionTests {

	@TempDir
	Path scans;

	IngestRequests requests = mock(IngestRequests.class);

	IngestProgress progress = mock(IngestProgress.class);

	List<Object> events = new ArrayList<>();

	Ingestion ingestion;

	@BeforeEach
	void ingestion() throws IOException {
		this.scans = this.scans.toRealPath();
		this.ingestion = new Ingestion(this.requests, this.progress,
				new IngestRoots(List.of(this.scans), this.scans.resolveSibling("data")), mock(IngestRetries.class),
				this.events::add);
	}

	@Test
	void recordsARequestForAWorkerAndAnswersItQueued() {
		JobProgress queued = JobProgress.waiting(5, this.scans.toString(), JobProgress.QUEUED, null);
		given(this.requests.request(this.scans, "quet")).willReturn(5L);
		given(this.progress.progress(5)).willReturn(Optional.of(queued));

		assertThat(this.ingestion.start(new StartJob(" " + this.scans + " "), "quet")).isEqualTo(queued);
		assertThat(this.events)
			.containsExactly(new AuditedAction("job.start", "job", "5", null, Map.of("folder", this.scans.toString())));
	}

	@Test
	void missingOrRelativeFolderIsRefusedBeforeAnythingIsRecorded() {
		assertThatExceptionOfType(FolderNotIngestible.class)
			.isThrownBy(() -> this.ingestion.start(new StartJob(null), "quet"));
		assertThatExceptionOfType(FolderNotIngestible.class)
			.isThrownBy(() -> this.ingestion.start(new StartJob(" "), "quet"));
		assertThatExceptionOfType(FolderRefused.class)
			.isThrownBy(() -> this.ingestion.start(new StartJob("scans/2025"), "quet"))
			.withMessageContaining("scans/2025");
		assertThatExceptionOfType(FolderRefused.class)
			.isThrownBy(() -> this.ingestion.start(new StartJob("/etc"), "quet"))
			.withMessageContaining("nằm ngoài các thư mục được phép nhập");
		verifyNoInteractions(this.requests);
	}

	@Test
	void aFolderThatIsNotThereOrIsAFileIsNotIngestible() throws IOException {
		Path file = Files.writeString(this.scans.resolve("scan.pdf"), "%PDF-");

		assertThatExceptionOfType(FolderRefused.class)
			.isThrownBy(() -> this.ingestion.start(new StartJob(this.scans + "/none"), "quet"))
			.withMessage("Không có thư mục " + this.scans + "/none trên máy chủ.");
		assertThatExceptionOfType(FolderRefused.class)
			.isThrownBy(() -> this.ingestion.start(new StartJob(file.toString()), "quet"))
			.withMessage("Không có thư mục " + file + " trên máy chủ.");
		verifyNoInteractions(this.requests);
	}

	@Test
	void aRequestThatCannotBeRecordedIsNotStarted() {
		given(this.requests.request(this.scans, "quet"))
			.willThrow(new DataAccessResourceFailureException("Connection refused"));

		assertThatExceptionOfType(JobNotStarted.class)
			.isThrownBy(() -> this.ingestion.start(new StartJob(this.scans.toString()), "quet"))
			.withMessageContaining("Connection refused");
		assertThat(this.events).isEmpty();
	}

	@Test
	void unknownJobIsNotFound() {
		given(this.progress.progress(42)).willReturn(Optional.empty());

		assertThatExceptionOfType(JobNotFound.class).isThrownBy(() -> this.ingestion.progress(42));
	}

	@Test
	void recentIsClamped() {
		this.ingestion.recent(10_000);

		verify(this.progress).recent(Ingestion.MAX_RECENT);
	}

}
