package vn.luutru.archive.jobs;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Retries what an ingestion job set aside, once the cause is fixed (a file rescanned, a
 * password removed, a folder made readable): a new request for the job's folder that
 * reads only those files, held to the same one-job-per-folder rule as any other. Files
 * already retried are not taken again; a page that could not be read inside a kept file
 * is not a file to retry (its document is in the archive).
 */
public class IngestRetries {

	// Whole files set aside by any run of the job's instance, not yet retried.
	private static final String SET_ASIDE = """
			SELECT f.id, f.source_path FROM ingest_failures f
			JOIN batch_job_execution run ON run.job_execution_id = f.job_execution_id
			JOIN batch_job_execution last ON last.job_instance_id = run.job_instance_id
			JOIN ingest_requests r ON r.job_execution_id = last.job_execution_id
			WHERE r.id = ? AND f.page IS NULL AND f.retried_in IS NULL
			ORDER BY f.id""";

	private final IngestRequests requests;

	private final IngestRoots roots;

	private final JdbcClient jdbc;

	IngestRetries(IngestRequests requests, IngestRoots roots, JdbcClient jdbc) {
		this.requests = requests;
		this.roots = roots;
		this.jdbc = jdbc;
	}

	/**
	 * Records a request to ingest again the files a job set aside, or one of them.
	 * @param job the job whose files to retry
	 * @param file one file as the job's progress shows it (relative to its ingest root),
	 * or null for all
	 * @param claimedBy the worker that runs it itself, or null to leave it to the queue
	 * @return the new request, or empty when there is no such job
	 * @throws NothingToRetry when the job has no such file left to retry
	 * @throws FolderBusy when the folder has a job queued or running
	 */
	public Optional<IngestRequest> retry(long job, @Nullable String file, String requestedBy,
			@Nullable String claimedBy) {
		Optional<IngestRequest> original = this.requests.find(job);
		if (original.isEmpty()) {
			return Optional.empty();
		}
		Path folder = original.get().folder();
		return Optional.of(this.requests.holding(folder, () -> {
			List<SetAside> setAside = this.jdbc.sql(SET_ASIDE)
				.param(job)
				.query((row, n) -> new SetAside(row.getLong(1), Path.of(row.getString(2))))
				.list()
				.stream()
				.filter((entry) -> file == null
						|| this.roots.shown(entry.path(), folder).equals(Path.of(file).normalize()))
				.toList();
			if (setAside.isEmpty()) {
				throw new NothingToRetry(
						(file == null) ? "Lượt nhập số " + job + " không còn tệp nào bị để riêng để nhập lại."
								: "Tệp " + file + " không nằm trong các tệp lượt nhập số " + job
										+ " để riêng (hoặc đã được nhập lại).");
			}
			IngestRequest retry = this.requests.insert(folder, requestedBy, claimedBy,
					setAside.stream().map((entry) -> entry.path().toString()).toArray(String[]::new), job);
			for (SetAside entry : setAside) {
				this.jdbc.sql("UPDATE ingest_failures SET retried_in = ? WHERE id = ?")
					.params(retry.id(), entry.id())
					.update();
			}
			return retry;
		}));
	}

	private record SetAside(long id, Path path) {
	}

}
