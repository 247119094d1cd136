package vn.luutru.archive.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

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
	 * Adds pages this worker OCR'd.
	 * @param worker the machine, {@link #thisMachine()}
	 * @param pages pages OCR'd
	 * @param seconds the OCR seconds those pages took, each on its OCR thread
	 */
	public void add(String worker, long pages, double seconds) {
		this.jdbc.sql("""
				INSERT INTO ocr_work (worker, pages, seconds) VALUES (?, ?, ?)
				ON CONFLICT (worker) DO UPDATE SET pages = ocr_work.pages + EXCLUDED.pages,
				  seconds = ocr_work.seconds + EXCLUDED.seconds, updated_at = now()
				""").params(worker, pages, seconds).update();
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
