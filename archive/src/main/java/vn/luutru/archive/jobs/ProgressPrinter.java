package vn.luutru.archive.jobs;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Objects;

import vn.luutru.archive.catalog.IngestFailure;

/**
 * Prints a job's progress on a terminal, as {@code luutru ingest} and {@code luutru demo}
 * show it: a line whenever the counts change, then a summary with what was set aside.
 */
public final class ProgressPrinter {

	private final PrintStream out;

	private String last = "";

	public ProgressPrinter(PrintStream out) {
		this.out = out;
	}

	/** Prints the progress unless it reads the same as the last line printed. */
	public void print(JobProgress progress) {
		String line = line(progress);
		if (!line.equals(this.last)) {
			this.out.println(line);
			this.last = line;
		}
	}

	/** Prints how the job ended and the files and pages it set aside. */
	public void summarise(JobProgress p) {
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

	static String line(JobProgress p) {
		if (JobProgress.QUEUED.equals(p.status())) {
			return "  waiting for a worker to take job " + p.id() + " (./luutru worker)";
		}
		String total = (p.filesTotal() != null) ? Integer.toString(p.filesTotal()) : "?";
		String pagesTotal = (p.pagesTotal() != null) ? Integer.toString(p.pagesTotal()) : "?";
		String line = "  files %d/%s · pages read %d/%s · indexed %d · duplicates %d · set aside %d · %s".formatted(
				p.filesDone(), total, p.pagesRead(), pagesTotal, p.filesIndexed(), p.duplicates(), p.failed(),
				p.status().toLowerCase(java.util.Locale.ROOT));
		return (p.waitingFor() != null) ? line + " · " + p.waitingFor() : line;
	}

}
