package vn.luutru.archive.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The OCR time the workers spent, page by page, summed per worker machine in PostgreSQL
 * ({@code ocr_work}): workers run no web server and may live for one job only, so they
 * add what they did here and the web server's {@code /actuator/prometheus} exposes it,
 * one series per machine however many processes came and went.
 */
public class OcrWork {

	private final JdbcClient jdbc;

	OcrWork(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds pages this worker OCR'd, without their times page by page.
	 * @param worker the machine, {@link #thisMachine()}
	 * @param pages pages OCR'd
	 * @param seconds the OCR seconds those pages took, each on its OCR thread
	 */
	public void add(String worker, long pages, double seconds) {
		add(worker, pages, seconds, OcrPageTimes.none());
	}

	/**
	 * Adds pages this worker OCR'd, their totals and their histogram in one statement, so
	 * that a scrape never sees one without the other.
	 * @param worker the machine, {@link #thisMachine()}
	 * @param pages pages OCR'd
	 * @param seconds the OCR seconds those pages took, each on its OCR thread
	 * @param perBucket those pages by bucket of {@link OcrPageTimes#BOUNDS}
	 */
	public void add(String worker, long pages, double seconds, long[] perBucket) {
		String buckets = Arrays.stream(perBucket).mapToObj(Long::toString).collect(Collectors.joining(",", "{", "}"));
		this.jdbc.sql("""
				WITH work AS (
				  INSERT INTO ocr_work (worker, pages, seconds) VALUES (?, ?, ?)
				  ON CONFLICT (worker) DO UPDATE SET pages = ocr_work.pages + EXCLUDED.pages,
				    seconds = ocr_work.seconds + EXCLUDED.seconds, updated_at = now())
				INSERT INTO ocr_page_times (worker, seconds, pages) VALUES (?, ?, ?::bigint[])
				ON CONFLICT (worker) DO UPDATE SET seconds = ocr_page_times.seconds + EXCLUDED.seconds,
				  pages = ARRAY(SELECT coalesce(a, 0) + coalesce(b, 0)
				    FROM unnest(ocr_page_times.pages, EXCLUDED.pages) WITH ORDINALITY AS u(a, b, i) ORDER BY i),
				  updated_at = now()
				""").params(worker, pages, seconds, worker, seconds, buckets).update();
	}

	/** Every worker machine's OCR times page by page. */
	public List<OcrPageTimes> pageTimes() {
		return this.jdbc.sql("SELECT worker, seconds, pages FROM ocr_page_times ORDER BY worker")
			.query((rs, row) -> new OcrPageTimes(rs.getString("worker"), rs.getDouble("seconds"),
					Arrays.stream((Long[]) rs.getArray("pages").getArray()).mapToLong(Long::longValue).toArray()))
			.list();
	}

	/** Every worker machine's totals. */
	public List<Totals> all() {
		return this.jdbc.sql("SELECT worker, pages, seconds FROM ocr_work ORDER BY worker")
			.query((rs, row) -> new Totals(rs.getString("worker"), rs.getLong("pages"), rs.getDouble("seconds")))
			.list();
	}

	/** The name of this machine as a worker. */
	public static String thisMachine() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "localhost";
		}
	}

	/**
	 * What one worker machine OCR'd, ever.
	 *
	 * @param worker its host name
	 * @param pages pages OCR'd
	 * @param seconds their OCR seconds
	 */
	public record Totals(String worker, long pages, double seconds) {
	}

}
