package vn.luutru.search.monitoring;

import java.util.function.ToLongFunction;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

import vn.luutru.archive.catalog.SetAsideKind;
import vn.luutru.search.monitoring.ArchiveFigures.Figures;

/**
 * The archive's figures as meters. Totals are counters, so that Prometheus'
 * {@code rate()} gives pages per minute and files set aside per hour; the queue is
 * gauges. Workers run no web server: what they do shows here through the catalogue and
 * the queue they write to.
 */
@Component
class ArchiveMeters implements MeterBinder {

	private final ArchiveFigures figures;

	ArchiveMeters(ArchiveFigures figures) {
		this.figures = figures;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		// queued: no worker has taken it yet; waiting: running, but waiting out an
		// unavailable Elasticsearch or PostgreSQL.
		queue(registry, "queued", Figures::queuedJobs);
		queue(registry, "running", Figures::runningJobs);
		queue(registry, "waiting", Figures::waitingJobs);
		total(registry, "luutru.ingest.documents", "Documents ingested", Figures::documents);
		total(registry, "luutru.ingest.pages", "Pages ingested", Figures::pages);
		FunctionCounter.builder("luutru.ingest.set.aside", this.figures, (f) -> f.now().filesSetAside())
			.description("Files and pages set aside, with their reason, for scanning staff to look at")
			.tag("what", "file")
			.register(registry);
		FunctionCounter.builder("luutru.ingest.set.aside", this.figures, (f) -> f.now().pagesSetAside())
			.description("Files and pages set aside, with their reason, for scanning staff to look at")
			.tag("what", "page")
			.register(registry);
		// A name of its own: Prometheus wants one set of labels per name.
		for (SetAsideKind kind : SetAsideKind.values()) {
			FunctionCounter
				.builder("luutru.ingest.set.aside.files", this.figures,
						(f) -> f.now().filesSetAsideByReason().getOrDefault(kind.tag(), 0L))
				.description("Whole files set aside, by the kind of their reason")
				.tag("reason", kind.tag())
				.register(registry);
		}
	}

	private void queue(MeterRegistry registry, String state, ToLongFunction<Figures> value) {
		Gauge.builder("luutru.ingest.jobs", this.figures, (f) -> value.applyAsLong(f.now()))
			.description("Ingestion jobs by state: queued, running, waiting")
			.tag("state", state)
			.register(registry);
	}

	private void total(MeterRegistry registry, String name, String description, ToLongFunction<Figures> value) {
		FunctionCounter.builder(name, this.figures, (f) -> value.applyAsLong(f.now()))
			.description(description)
			.register(registry);
	}

}
