package vn.luutru.ingest.extraction;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Pages read so far by the ingestion jobs running in this process, for live progress.
 *
 * <p>
 * The job repository learns a job's counts only when a file's chunk commits, which for a
 * 300-page report is minutes apart; this tally moves with every page. A job running in
 * another process is not in it, and its progress falls back to the committed counts.
 */
public class PagesInProgress {

	/** Execution-context key of the pages a finished step read. */
	public static final String PAGES_READ = "pages.read";

	private final Map<Long, LongSupplier> running = new ConcurrentHashMap<>();

	void register(long jobExecutionId, LongSupplier pagesRead) {
		this.running.put(jobExecutionId, pagesRead);
	}

	void unregister(long jobExecutionId) {
		this.running.remove(jobExecutionId);
	}

	/** The pages a job running in this process has read so far, if it is running here. */
	public OptionalLong pagesRead(long jobExecutionId) {
		LongSupplier pages = this.running.get(jobExecutionId);
		return (pages != null) ? OptionalLong.of(pages.getAsLong()) : OptionalLong.empty();
	}

}
