package vn.luutru.ingest.jobs;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import vn.luutru.archive.catalog.IngestFailure;

/**
 * {@code luutru ingest <folder>}: starts a job, prints its progress until it ends, then a
 * summary.
 *
 * <p>
 * Exit status 0 when the job ran to the end, even if some files were set aside (they are
 * listed with their reasons, to fix and drop in again); 1 when the job itself failed; 2
 * when it could not start.
 */
public final class IngestCommand {

	private static final Duration POLL = Duration.ofSeconds(1);

	private final IngestJobs jobs;

	private final PrintStream out;

	public IngestCommand(IngestJobs jobs, PrintStream out) {
		this.jobs = jobs;
		this.out = out;
	}

	/**
	 * Ingests a folder and waits for the job to end.
	 * @return the process exit status
	 */
	public int run(Path folder) {
		long id;
		try {
			id = this.jobs.start(folder);
		}
		catch (IllegalArgumentException | JobNotStarted ex) {
			this.out.println("Cannot ingest: " + ex.getMessage());
			return 2;
		}
		this.out.println("Ingesting " + folder.toAbsolutePath().normalize() + " (job " + id + ")");
		JobProgress progress = await(id);
		summarise(progress);
		return progress.jobFailed() ? 1 : 0;
	}

	/** Polls until the job ends, printing a line whenever the counts change. */
	public JobProgress await(long id) {
		String last = "";
		while (true) {
			JobProgress progress = this.jobs.progress(id).orElseThrow();
			String line = line(progress);
			if (!Objects.equals(line, last)) {
				this.out.println(line);
				last = line;
			}
			if (progress.ended()) {
				return progress;
			}
			try {
				Thread.sleep(POLL);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return progress;
			}
		}
	}

	private static String line(JobProgress p) {
		String total = (p.filesTotal() != null) ? Integer.toString(p.filesTotal()) : "?";
		String pagesTotal = (p.pagesTotal() != null) ? Integer.toString(p.pagesTotal()) : "?";
		return "  files %d/%s · pages read %d/%s · indexed %d · duplicates %d · set aside %d · %s".formatted(
				p.filesDone(), total, p.pagesRead(), pagesTotal, p.filesIndexed(), p.duplicates(), p.failed(),
				p.status().toLowerCase());
	}

	private void summarise(JobProgress p) {
		this.out.println();
		if (p.jobFailed()) {
			this.out.println("The job failed: " + Objects.requireNonNullElse(p.exitMessage(), p.status()));
		}
		else {
			this.out.printf("Done: %d files indexed (%d pages), %d already in the archive, %d set aside.%n",
					p.filesIndexed(), p.pagesIndexed(), p.duplicates(), p.failed());
		}
		if (p.startedAt() != null && p.endedAt() != null) {
			this.out.printf("Took %.1f s.%n", Duration.between(p.startedAt(), p.endedAt()).toMillis() / 1000.0);
		}
		for (IngestFailure failure : p.failures()) {
			String what = failure.wholeFile() ? "  set aside: " + failure.fileName()
					: "  page " + failure.page() + " not read: " + failure.fileName();
			this.out.println(what + " — " + failure.reason());
		}
	}

}
