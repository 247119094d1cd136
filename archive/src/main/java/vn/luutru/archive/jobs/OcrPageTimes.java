package vn.luutru.archive.jobs;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How long one worker machine's pages took to OCR, as a histogram: pages counted by
 * bucket of seconds, so that Prometheus can give the time most pages take, not only the
 * mean. The bounds are fixed here and in {@code ocr_page_times}: changing them would mix
 * counts of different buckets.
 *
 * @param worker the machine's host name
 * @param seconds the OCR seconds of all those pages
 * @param pages pages per bucket: {@code pages[i]} took at most {@code BOUNDS[i]} seconds
 * (and more than the bound before); the last element, more than every bound
 */
public record OcrPageTimes(String worker, double seconds, long[] pages) {

	/**
	 * Upper bounds of the buckets, in seconds: a 300-dpi page takes 1 to 10 s on one
	 * core, a dense or large one longer.
	 */
	public static final List<Double> BOUNDS = List.of(0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 8.0, 13.0, 20.0, 30.0, 60.0);

	/** The bucket of a page that took this long. */
	public static int bucket(long nanos) {
		double seconds = nanos / (double) TimeUnit.SECONDS.toNanos(1);
		for (int i = 0; i < BOUNDS.size(); i++) {
			if (seconds <= BOUNDS.get(i)) {
				return i;
			}
		}
		return BOUNDS.size();
	}

	/** No page in any bucket. */
	public static long[] none() {
		return new long[BOUNDS.size() + 1];
	}

	/** Every page counted. */
	public long count() {
		return Arrays.stream(this.pages).sum();
	}

}
