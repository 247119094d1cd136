package vn.luutru.search.dossiers;

import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/stats/dossiers?from=&to=&field=}: the inspection figures of a period.
 */
@RestController
class StatisticsController {

	private final DossierStatistics statistics;

	private final Clock clock = Clock.systemDefaultZone();

	StatisticsController(DossierStatistics statistics) {
		this.statistics = statistics;
	}

	/**
	 * The figures of the dossiers received from {@code from} to {@code to} (default: the
	 * current year up to today), optionally of one field.
	 */
	@GetMapping("/api/stats/dossiers")
	DossierStatistics.Report dossiers(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String field) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate end = (to != null) ? to : today;
		LocalDate start = (from != null) ? from : end.withDayOfYear(1);
		if (start.isAfter(end)) {
			throw new InvalidPeriod(start, end);
		}
		return this.statistics.of(start, end, (field == null || field.isBlank()) ? null : field.strip(), today);
	}

}
