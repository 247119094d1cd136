package vn.luutru.search.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.DoubleStream;

import io.prometheus.metrics.model.registry.Collector;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.ClassicHistogramBuckets;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot.HistogramDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.Unit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.luutru.archive.jobs.OcrPageTimes;
import vn.luutru.archive.jobs.OcrWork;

/**
 * OCR seconds per page as a Prometheus histogram per worker machine,
 * {@code luutru_ocr_page_seconds_bucket{worker, le}} with its {@code _count} and
 * {@code _sum}, from the bucket counts workers add to {@code ocr_page_times}. A collector
 * on the registry {@code /actuator/prometheus} serves rather than a Micrometer meter:
 * Micrometer histograms count what this process observes and cannot take bucket counts
 * made by other processes.
 */
@Component
class OcrPageHistogram implements Collector {

	private static final Logger log = LoggerFactory.getLogger(OcrPageHistogram.class);

	private static final Duration KEPT = Duration.ofSeconds(5);

	private static final double[] BOUNDS = DoubleStream
		.concat(OcrPageTimes.BOUNDS.stream().mapToDouble(Double::doubleValue),
				DoubleStream.of(Double.POSITIVE_INFINITY))
		.toArray();

	private final OcrWork work;

	private List<OcrPageTimes> last = List.of();

	private Instant readAt = Instant.EPOCH;

	OcrPageHistogram(OcrWork work, PrometheusRegistry registry) {
		this.work = work;
		registry.register(this);
	}

	@Override
	public MetricSnapshot collect() {
		HistogramSnapshot.Builder histogram = HistogramSnapshot.builder()
			.name("luutru_ocr_page_seconds")
			.unit(Unit.SECONDS)
			.help("OCR seconds of each whole page, per worker machine");
		for (OcrPageTimes times : read()) {
			histogram.dataPoint(HistogramDataPointSnapshot.builder()
				.labels(Labels.of("worker", times.worker()))
				.classicHistogramBuckets(ClassicHistogramBuckets.of(BOUNDS, padded(times.pages())))
				.sum(times.seconds())
				.build());
		}
		return histogram.build();
	}

	/** Read at most every few seconds, however often it is scraped. */
	private synchronized List<OcrPageTimes> read() {
		Instant now = Instant.now();
		if (now.isAfter(this.readAt.plus(KEPT))) {
			try {
				this.last = this.work.pageTimes();
			}
			catch (RuntimeException ex) {
				log.debug("The OCR times per page cannot be read now: {}", ex.toString());
			}
			this.readAt = now;
		}
		return this.last;
	}

	/** As many counts as bounds, whatever a row holds. */
	private static long[] padded(long[] pages) {
		long[] counts = new long[BOUNDS.length];
		System.arraycopy(pages, 0, counts, 0, Math.min(pages.length, counts.length));
		return counts;
	}

}
