package vn.luutru.search.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.luutru.archive.jobs.OcrWork;
import vn.luutru.archive.jobs.OcrWork.Totals;

/**
 * OCR seconds per page for each worker machine, from what the workers add to
 * {@code ocr_work}: a timer {@code luutru_ocr_seconds} per {@code worker} (its
 * {@code _count} the pages, its {@code _sum} their OCR seconds), so that
 * {@code rate(_sum) / rate(_count)} is the seconds a page takes and {@code rate(_count)}
 * the pages a worker OCRs. The series are read at most every few seconds; a worker
 * machine seen for the first time gets its timer at that scrape and shows from the next.
 */
@Component
class OcrMeters implements MeterBinder {

	private static final Logger log = LoggerFactory.getLogger(OcrMeters.class);

	private static final Duration KEPT = Duration.ofSeconds(5);

	private final OcrWork work;

	private final Set<String> registered = ConcurrentHashMap.newKeySet();

	private List<Totals> last = List.of();

	private Instant readAt = Instant.EPOCH;

	private @Nullable MeterRegistry registry;

	OcrMeters(OcrWork work) {
		this.work = work;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		this.registry = registry;
		Gauge.builder("luutru.ocr.workers", this, OcrMeters::workers)
			.description("Worker machines that have OCR'd pages")
			.register(registry);
		workers();
	}

	/** Reads the totals when they are stale, giving each new worker its timer. */
	private synchronized double workers() {
		Instant now = Instant.now();
		if (now.isAfter(this.readAt.plus(KEPT))) {
			try {
				this.last = this.work.all();
			}
			catch (RuntimeException ex) {
				log.debug("The OCR totals cannot be read now: {}", ex.toString());
			}
			this.readAt = now;
			for (Totals totals : this.last) {
				if (this.registry != null && this.registered.add(totals.worker())) {
					register(this.registry, totals.worker());
				}
			}
		}
		return this.last.size();
	}

	private void register(MeterRegistry registry, String worker) {
		FunctionTimer
			.builder("luutru.ocr", this, (meters) -> meters.totals(worker).pages(),
					(meters) -> meters.totals(worker).seconds(), TimeUnit.SECONDS)
			.description("OCR time of whole pages, per worker machine: _count pages, _sum seconds")
			.tag("worker", worker)
			.register(registry);
	}

	private synchronized Totals totals(String worker) {
		workers();
		return this.last.stream()
			.filter((totals) -> totals.worker().equals(worker))
			.findFirst()
			.orElse(new Totals(worker, 0, 0));
	}

}
