package vn.luutru.search.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where browsers report what the Content-Security-Policy blocked on the archive's pages:
 * each report is logged (a page that breaks under the policy shows up in the log before
 * users call), at most {@value #LOGGED_PER_MINUTE} a minute, since anyone may post here;
 * the last {@value #KEPT} are kept in memory for tests and diagnosis.
 */
@RestController
public class CspReports {

	private static final Logger log = LoggerFactory.getLogger(CspReports.class);

	private static final int MAX_BYTES = 8 * 1024;

	private static final int KEPT = 50;

	private static final int LOGGED_PER_MINUTE = 60;

	private final Deque<String> recent = new ArrayDeque<>();

	private final Clock clock = Clock.systemUTC();

	private Instant minute = Instant.EPOCH;

	private int loggedThisMinute;

	@PostMapping("/csp-reports")
	ResponseEntity<Void> report(HttpServletRequest request) throws IOException {
		String report;
		try (InputStream body = request.getInputStream()) {
			report = new String(body.readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
		}
		synchronized (this) {
			if (this.recent.size() == KEPT) {
				this.recent.removeFirst();
			}
			this.recent.addLast(report);
			Instant now = this.clock.instant().truncatedTo(ChronoUnit.MINUTES);
			if (!now.equals(this.minute)) {
				this.minute = now;
				this.loggedThisMinute = 0;
			}
			if (this.loggedThisMinute++ < LOGGED_PER_MINUTE) {
				log.warn("Content-Security-Policy violation reported by a browser: {}", report);
			}
		}
		return ResponseEntity.noContent().build();
	}

	/** The reports received lately, oldest first. */
	public synchronized List<String> recent() {
		return List.copyOf(this.recent);
	}

}
