package vn.luutru.bench;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * One or more runs' figures.
 *
 * @param latencies each search's time in microseconds, sorted
 * @param seconds how long the runs took
 * @param ownCpu processor time of this JVM in milliseconds
 * @param elasticsearchCpu processor time of Elasticsearch in milliseconds
 * @param compiling how long this JVM's JIT compiler worked meanwhile, in milliseconds
 */
record Measured(long[] latencies, double seconds, double ownCpu, double elasticsearchCpu, long compiling) {

	/** Two runs' figures as one; {@code first} may be null. */
	static Measured both(@Nullable Measured first, Measured second) {
		if (first == null) {
			return second;
		}
		long[] latencies = Arrays.copyOf(first.latencies, first.latencies.length + second.latencies.length);
		System.arraycopy(second.latencies, 0, latencies, first.latencies.length, second.latencies.length);
		Arrays.sort(latencies);
		return new Measured(latencies, first.seconds + second.seconds, first.ownCpu + second.ownCpu,
				first.elasticsearchCpu + second.elasticsearchCpu, first.compiling + second.compiling);
	}

	double percentile(int p) {
		int rank = (int) Math.ceil(p / 100.0 * this.latencies.length) - 1;
		return this.latencies[Math.max(0, Math.min(this.latencies.length - 1, rank))] / 1000.0;
	}

	long rate() {
		return Math.round(this.latencies.length / this.seconds);
	}

	double ownCpuMillis() {
		return this.ownCpu / this.latencies.length;
	}

	double compilingShare() {
		return this.compiling / (this.seconds * 1000);
	}

	double elasticsearchCpuMillis() {
		return this.elasticsearchCpu / this.latencies.length;
	}

}
