package vn.luutru.ingest.worker;

import java.io.PrintStream;

import vn.luutru.archive.jobs.IngestProgress;
import vn.luutru.ingest.indexing.ArchiveReindex;

/**
 * {@code luutru reindex}: rebuilds the archive index and switches to it, unless a job is
 * queued or running; exit status 0 when done, 1 when a job is in the way.
 */
final class ReindexCommand {

	/** How many of the latest jobs are checked; a job older than these has ended. */
	private static final int RECENT = 20;

	private final IngestProgress progress;

	private final ArchiveReindex reindex;

	private final PrintStream out;

	ReindexCommand(IngestProgress progress, ArchiveReindex reindex, PrintStream out) {
		this.progress = progress;
		this.reindex = reindex;
		this.out = out;
	}

	int run() {
		// Entries written to the old index during the copy would be lost.
		if (this.progress.recent(RECENT).stream().anyMatch((job) -> !job.ended())) {
			this.out.println("An ingestion job is queued or running; run reindex once it has ended.");
			return 1;
		}
		this.reindex.run(this.out);
		return 0;
	}

}
