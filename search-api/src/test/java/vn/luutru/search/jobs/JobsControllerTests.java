package vn.luutru.search.jobs;

import org.springframework.context.annotation.Import;
import vn.luutru.search.SignedIn;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.luutru.archive.catalog.IngestFailure;
import vn.luutru.archive.jobs.JobProgress;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@Import(SignedIn.class)
@WebMvcTest(JobsController.class)
class JobsControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Ingestion ingestion;

	@Test
	void askingForAJobAnswersAcceptedWithItsLocationQueuedForAWorker() throws Exception {
		given(this.ingestion.start(new StartJob("/srv/scans/2025-06"), SignedIn.ADMINISTRATOR)).willReturn(queued(7));

		this.mvc.perform(post("/api/jobs").contentType(MediaType.APPLICATION_JSON).content("""
				{"folder": "/srv/scans/2025-06"}"""))
			.andExpect(status().isAccepted())
			.andExpect(header().string(HttpHeaders.LOCATION, "http://localhost/api/jobs/7"))
			.andExpect(jsonPath("$.id").value(7))
			.andExpect(jsonPath("$.folder").value("/srv/scans/2025-06"))
			.andExpect(jsonPath("$.status").value("QUEUED"))
			.andExpect(jsonPath("$.startedAt").doesNotExist());
	}

	@Test
	void badFolderIsAProblemNamingTheFolder() throws Exception {
		given(this.ingestion.start(new StartJob("/srv/none"), SignedIn.ADMINISTRATOR))
			.willThrow(new FolderNotIngestible("Not a folder: /srv/none"));

		this.mvc.perform(post("/api/jobs").contentType(MediaType.APPLICATION_JSON).content("""
				{"folder": "/srv/none"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("tag:luutru,2025:problem/folder-cannot-be-ingested"))
			.andExpect(jsonPath("$.title").value("Folder cannot be ingested"))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail").value("Not a folder: /srv/none"));
	}

	@Test
	void aRequestTheDatabaseCannotRecordIsAProblem() throws Exception {
		given(this.ingestion.start(new StartJob("/srv/scans/2025-06"), SignedIn.ADMINISTRATOR))
			.willThrow(new JobNotStarted("Cannot record the request to ingest /srv/scans/2025-06: Connection refused",
					new org.springframework.dao.DataAccessResourceFailureException("Connection refused")));

		this.mvc.perform(post("/api/jobs").contentType(MediaType.APPLICATION_JSON).content("""
				{"folder": "/srv/scans/2025-06"}"""))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("tag:luutru,2025:problem/job-not-started"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Connection refused")));
	}

	@Test
	void unreadableJsonIsAProblem() throws Exception {
		this.mvc.perform(post("/api/jobs").contentType(MediaType.APPLICATION_JSON).content("{folder"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void progressOfAJobWithItsFailures() throws Exception {
		JobProgress done = new JobProgress(3, "/srv/scans", "COMPLETED", null, Instant.parse("2025-06-01T08:00:00Z"),
				Instant.parse("2025-06-01T08:05:00Z"), 3, 3, 1, 1, 1, 12, 14, 14,
				List.of(IngestFailure.ofFile(3, Path.of("/srv/scans/hỏng.pdf"), null, "Unreadable: not a PDF",
						Instant.parse("2025-06-01T08:04:00Z"))));
		given(this.ingestion.progress(3)).willReturn(done);

		this.mvc.perform(get("/api/jobs/3"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPLETED"))
			.andExpect(jsonPath("$.pagesIndexed").value(12))
			.andExpect(jsonPath("$.startedAt").value("2025-06-01T08:00:00Z"))
			.andExpect(jsonPath("$.failures[0].sourcePath").value("/srv/scans/hỏng.pdf"))
			.andExpect(jsonPath("$.failures[0].reason").value("Unreadable: not a PDF"));
	}

	@Test
	void unknownJobIsNotFound() throws Exception {
		given(this.ingestion.progress(99)).willThrow(new JobNotFound(99));

		this.mvc.perform(get("/api/jobs/99"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Job not found"))
			.andExpect(jsonPath("$.detail").value("No ingestion job has the id 99."));
	}

	@Test
	void nonNumericJobIdIsAProblem() throws Exception {
		this.mvc.perform(get("/api/jobs/abc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void recentJobsNewestFirst() throws Exception {
		given(this.ingestion.recent(20)).willReturn(List.of(queued(8), queued(7)));

		this.mvc.perform(get("/api/jobs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(8))
			.andExpect(jsonPath("$[1].id").value(7));
	}

	@Test
	void retryingAJobQueuesANewOneForItsSetAsideFiles() throws Exception {
		given(this.ingestion.retry(3, null, SignedIn.ADMINISTRATOR)).willReturn(queued(9));
		given(this.ingestion.retry(3, "2025-06/hong.pdf", SignedIn.ADMINISTRATOR)).willReturn(queued(10));

		this.mvc.perform(post("/api/jobs/3/retry"))
			.andExpect(status().isAccepted())
			.andExpect(header().string(HttpHeaders.LOCATION, "http://localhost/api/jobs/9"))
			.andExpect(jsonPath("$.id").value(9));
		this.mvc.perform(post("/api/jobs/3/retry").contentType(MediaType.APPLICATION_JSON).content("""
				{"file": "2025-06/hong.pdf"}"""))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.id").value(10));
	}

	@Test
	void retryingAJobWithNothingLeftToRetryIsAConflictSaidInVietnamese() throws Exception {
		given(this.ingestion.retry(4, null, SignedIn.ADMINISTRATOR)).willThrow(
				new vn.luutru.archive.jobs.NothingToRetry("Lượt nhập số 4 không còn tệp nào bị để riêng để nhập lại."));
		given(this.ingestion.retry(5, null, SignedIn.ADMINISTRATOR)).willThrow(new JobNotFound(5));

		this.mvc.perform(post("/api/jobs/4/retry"))
			.andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Lượt nhập số 4 không còn tệp nào bị để riêng để nhập lại."));
		this.mvc.perform(post("/api/jobs/5/retry")).andExpect(status().isNotFound());
	}

	@Test
	void aJobThatFailedPartWayIsQueuedAgainToGoOnAndAnyOtherIsAConflict() throws Exception {
		given(this.ingestion.resume(6, SignedIn.ADMINISTRATOR)).willReturn(queued(6));
		given(this.ingestion.resume(7, SignedIn.ADMINISTRATOR))
			.willThrow(new vn.luutru.archive.jobs.NothingToResume(7));

		this.mvc.perform(post("/api/jobs/6/resume"))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.id").value(6))
			.andExpect(jsonPath("$.status").value("QUEUED"));
		this.mvc.perform(post("/api/jobs/7/resume"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", org.hamcrest.Matchers
				.startsWith("Lượt nhập số 7 không dừng giữa chừng vì lỗi nên không có gì để chạy tiếp")));
	}

	private static JobProgress queued(long id) {
		return JobProgress.waiting(id, "/srv/scans/2025-06", JobProgress.QUEUED, null);
	}

}
