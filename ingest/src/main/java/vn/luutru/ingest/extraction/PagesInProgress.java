package vn.luutru.ingest.extraction;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

	private static final Logger log = LoggerFactory.getLogger(PagesInProgress.class);

	private final Map<Long, LongSupplier> running = new ConcurrentHashMap<>();

	private final OcrTimes ocrTimes;

	/** A tally that keeps the OCR times to itself, as a re-read does. */
	public PagesInProgress() {
		this((pages, nanos, perBucket) -> {
		});
	}

	/**
	 * A tally that hands the OCR time of every file on.
	 * @param ocrTimes where it goes (the {@code ocr_work} table, for the metrics)
	 */
	public PagesInProgress(OcrTimes ocrTimes) {
		this.ocrTimes = ocrTimes;
	}

	/**
	 * Records the pages a file had OCR'd and the time that took. A store that cannot take
	 * it costs the metric, never the file.
	 */
	void ocrRead(long pages, long nanos, long[] perBucket) {
		if (pages <= 0) {
			return;
		}
		try {
			this.ocrTimes.add(pages, nanos, perBucket);
		}
		catch (RuntimeException ex) {
			log.warn("Could not record the OCR time of {} page(s): {}", pages, ex.toString());
		}
	}

	void register(long jobExecutionId, LongSupplier pagesRead) {
		this.running.put(jobExecutionId, pagesRead);
	}

	void unregister(long jobExecutionId) {
		this.running.remove(jobExecutionId);
	}

	/** Where the OCR time of the files read goes. */
	@FunctionalInterface
	public interface OcrTimes {

		/**
		 * @param pages pages OCR'd
		 * @param nanos the OCR time they took
		 * @param perBucket those pages by bucket of their OCR seconds
		 * ({@code OcrPageTimes.BOUNDS})
		 */
		void add(long pages, long nanos, long[] perBucket);

	}

	/** The pages a job running in this process has read so far, if it is running here. */
	public OptionalLong pagesRead(long jobExecutionId) {
		LongSupplier pages = this.running.get(jobExecutionId);
		return (pages != null) ? OptionalLong.of(pages.getAsLong()) : OptionalLong.empty();
	}

}
