package vn.luutru.search.monitoring;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.luutru.search.monitoring.ArchiveFigures.Figures;

/**
 * The figures for the administration page's monitoring section: the archive's own, and
 * how searches have been answered since the server started.
 */
@RestController
class MonitoringController {

	private final ArchiveFigures figures;

	private final MeterRegistry registry;

	MonitoringController(ArchiveFigures figures, MeterRegistry registry) {
		this.figures = figures;
		this.registry = registry;
	}

	@GetMapping("/api/monitoring")
	Monitoring monitoring() {
		Timer searches = this.registry.find("http.server.requests").tag("uri", "/api/search").timer();
		return new Monitoring(this.figures.now(), (searches != null) ? searches.count() : 0,
				(searches != null && searches.count() > 0) ? searches.mean(TimeUnit.MILLISECONDS) : null,
				(searches != null) ? searches.max(TimeUnit.MILLISECONDS) : null);
	}

	/**
	 * The monitoring figures.
	 *
	 * @param archive the archive's own figures
	 * @param searches searches answered since the server started (successful or not)
	 * @param searchMeanMillis their mean duration in milliseconds, null before the first
	 * @param searchMaxMillis the longest in the last few minutes, in milliseconds
	 */
	record Monitoring(Figures archive, long searches, @Nullable Double searchMeanMillis,
			@Nullable Double searchMaxMillis) {
	}

}
