package vn.luutru.bench;

import java.util.List;
import java.util.Locale;

/**
 * The measured runs as a table for docs/benchmarks.md, with how busy the JIT compiler was
 * and what was measured.
 */
final class LatencyTable {

	private LatencyTable() {
	}

	static String section(long pages, List<Row> rows) {
		StringBuilder out = new StringBuilder();
		out.append("| path | clients | p50 (ms) | p95 (ms) | p99 (ms) | searches / s | CPU per search:"
				+ " this JVM (ms) | CPU per search: Elasticsearch (ms) |\n");
		out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
		for (Row row : rows) {
			Measured m = row.measured();
			out.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %d | %.1f | %.1f |%n", row.path(),
					row.clients(), m.percentile(50), m.percentile(95), m.percentile(99), m.rate(), m.ownCpuMillis(),
					m.elasticsearchCpuMillis()));
		}
		out.append("\nThis JVM's JIT compiler was busy during the measured runs for ");
		out.append(String.join(", ",
				rows.stream()
					.map((row) -> String.format(Locale.ROOT, "%.1f %% (%s, %d)", row.measured().compilingShare() * 100,
							row.path(), row.clients()))
					.toList()));
		out.append(" of their time.\n");
		out.append(String.format(Locale.ROOT,
				"%nArchive: %d page entries; %d kinds of query, each run's queries distinct (a number added from the"
						+ " second round on); the two paths take turns, twice, each with half the searches;"
						+ " Elasticsearch's request and query caches cleared before each measured run."
						+ " This JVM runs the API and the clients of both paths.%n",
				pages, Queries.kinds()));
		return out.toString();
	}

	/**
	 * One line of the table: a path at a number of clients.
	 */
	record Row(String path, int clients, Measured measured) {
	}

}
