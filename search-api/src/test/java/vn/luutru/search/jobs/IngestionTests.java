package vn.luutru.search.jobs;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.luutru.ingest.jobs.IngestJobs;
import vn.luutru.ingest.jobs.JobProgress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

class IngestionTests {

	IngestJobs jobs = mock(IngestJobs.class);

	Ingestion ingestion = new Ingestion(this.jobs, (event) -> {
	});

	@Test
	void startsTheJobAndAnswersItsProgress() {
		JobProgress progress = new JobProgress(5, "/srv/scans", "STARTING", null, null, null, null, 0, 0, 0, 0, 0, null,
				0, List.of());
		given(this.jobs.start(Path.of("/srv/scans"))).willReturn(5L);
		given(this.jobs.progress(5)).willReturn(Optional.of(progress));

		assertThat(this.ingestion.start(new StartJob(" /srv/scans "))).isEqualTo(progress);
	}

	@Test
	void missingOrRelativeFolderIsRefusedBeforeTheJobRepositoryIsAsked() {
		assertThatExceptionOfType(FolderNotIngestible.class).isThrownBy(() -> this.ingestion.start(new StartJob(null)));
		assertThatExceptionOfType(FolderNotIngestible.class).isThrownBy(() -> this.ingestion.start(new StartJob(" ")));
		assertThatExceptionOfType(FolderNotIngestible.class)
			.isThrownBy(() -> this.ingestion.start(new StartJob("scans/2025")))
			.withMessageContaining("scans/2025");
		verifyNoInteractions(this.jobs);
	}

	@Test
	void folderTheJobCannotReadIsNotIngestible() {
		given(this.jobs.start(Path.of("/srv/none"))).willThrow(new IllegalArgumentException("Not a folder: /srv/none"));

		assertThatExceptionOfType(FolderNotIngestible.class)
			.isThrownBy(() -> this.ingestion.start(new StartJob("/srv/none")))
			.withMessage("Not a folder: /srv/none");
	}

	@Test
	void unknownJobIsNotFound() {
		given(this.jobs.progress(42)).willReturn(Optional.empty());

		assertThatExceptionOfType(JobNotFound.class).isThrownBy(() -> this.ingestion.progress(42));
	}

	@Test
	void recentIsClamped() {
		this.ingestion.recent(10_000);

		verify(this.jobs).recent(Ingestion.MAX_RECENT);
	}

}
