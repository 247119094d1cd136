package vn.luutru.search.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

import vn.luutru.archive.ServicesProperties;
import vn.luutru.archive.jobs.IngestProgress;
import vn.luutru.archive.jobs.IngestRequests;
import vn.luutru.archive.jobs.JobProgress;
import vn.luutru.search.dossiers.DossierImportCommand;
import vn.luutru.search.users.UserCommands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

class DemoRunnerTests {

	@TempDir
	Path dataDir;

	IngestRequests requests = mock(IngestRequests.class);

	IngestProgress progress = mock(IngestProgress.class);

	DossierImportCommand dossiers = mock(DossierImportCommand.class);

	UserCommands users = mock(UserCommands.class);

	ByteArrayOutputStream output = new ByteArrayOutputStream();

	private DemoRunner demo() {
		return new DemoRunner(this.requests, this.progress,
				new ServicesProperties(this.dataDir, "luutru", Duration.ofSeconds(1)),
				new MockEnvironment().withProperty("local.server.port", "8080"), this.dossiers, this.users);
	}

	@Test
	void asksAWorkerToIngestTheSamplesAndFollowsTheJobToItsEnd() throws IOException {
		Path samples = Files.createDirectories(this.dataDir.resolve("scans/samples"));
		given(this.requests.request(samples, "demo")).willReturn(3L);
		JobProgress done = new JobProgress(3, samples.toString(), "COMPLETED", null,
				Instant.parse("2025-06-01T08:00:00Z"), Instant.parse("2025-06-01T08:01:00Z"), 7, 7, 6, 0, 1, 10, 11, 10,
				List.of());
		given(this.progress.progress(3)).willReturn(
				Optional.of(JobProgress.waiting(3, samples.toString(), JobProgress.QUEUED, null)), Optional.of(done));
		given(this.users.demoUsers()).willReturn(Map.of("quet", "mat-khau-moi"));

		demo().demo(new PrintStream(this.output, true, StandardCharsets.UTF_8));

		assertThat(this.output.toString(StandardCharsets.UTF_8))
			.contains("asking a worker to ingest the sample scans in " + samples)
			.contains("waiting for a worker to take job 3")
			.contains("files 7/7 · pages read 10/11 · indexed 6 · duplicates 0 · set aside 1 · completed")
			.contains("Done: 6 files indexed (10 pages), 0 already in the archive, 1 set aside.")
			.contains("Lưu trữ is running at http://localhost:8080")
			.contains("quet");
		verify(this.dossiers).run(any(Path.class), any(PrintStream.class));
	}

	@Test
	void withoutTheSamplesItSaysSoAndStillSetsUpTheRest() {
		demo().demo(new PrintStream(this.output, true, StandardCharsets.UTF_8));

		assertThat(this.output.toString(StandardCharsets.UTF_8)).contains("no sample scans in")
			.contains("Lưu trữ is running at");
		verifyNoInteractions(this.requests, this.progress);
		verify(this.dossiers).run(any(Path.class), any(PrintStream.class));
	}

}
