package vn.luutru.ingest.limits;

import java.time.Duration;

/**
 * A moment work must be done by, on the monotonic clock.
 *
 * @param nanoTime the {@link System#nanoTime()} it falls at
 */
public record Deadline(long nanoTime) {

	/** The deadline this long from now. */
	public static Deadline in(Duration duration) {
		return new Deadline(System.nanoTime() + duration.toNanos());
	}

	/** Whether it has passed. */
	public boolean passed() {
		return System.nanoTime() - this.nanoTime >= 0;
	}

	/** Time left, at least zero, at most this much. */
	public Duration remaining(Duration atMost) {
		long left = Math.max(0, this.nanoTime - System.nanoTime());
		return (left < atMost.toNanos()) ? Duration.ofNanos(left) : atMost;
	}

}
