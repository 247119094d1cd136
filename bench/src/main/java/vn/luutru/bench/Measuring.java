package vn.luutru.bench;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/**
 * Runs of searches on one path at a number of concurrent clients, the warm-up before
 * them, and the processor time they cost this JVM and Elasticsearch.
 */
final class Measuring {

	// Searches a path in a warm-up batch; at least three batches, at most forty.
	private static final int WARM_UP_BATCH = 200;

	private static final int WARM_UP_BATCHES_AT_LEAST = 3;

	// -Dbench.warm-up-batches lowers the cap for a shorter run (the figures then say how
	// busy the compiler still was).
	private static final int WARM_UP_BATCHES_AT_MOST = Integer.getInteger("bench.warm-up-batches", 40);

	// Settled: the JIT compiler busy less than 2 % of the time in two batches running (it
	// pauses between bursts: one quiet batch was followed by 19 % in a measured run).
	private static final double SETTLED = 0.02;

	private static final int QUIET_BATCHES = 2;

	private Measuring() {
	}

	/**
	 * Sends the paths other queries than the measured runs', a batch each in turn, until
	 * this JVM's JIT compiler has settled. On two cores it was still compiling after
	 * 7,000 searches (most of it the API's code: Tomcat, Spring MVC and Security, JSON),
	 * and its work during a measured run is processor time taken from the searches,
	 * mostly the API's: a fixed count of 600 warm-up searches a path made the API look
	 * 5–7 ms slower than Elasticsearch at the median, where it is 0.2–2.2 ms.
	 */
	static void warmUp(int clients, Load... paths) throws Exception {
		CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
		int quiet = 0;
		for (int batch = 1; batch <= WARM_UP_BATCHES_AT_MOST; batch++) {
			long compiledBefore = jit.getTotalCompilationTime();
			long started = System.nanoTime();
			// Each batch's queries differ from the other batches' (24 kinds, a number
			// each round), so Elasticsearch's request cache does not answer them.
			int offset = Queries.WARM_UP_OFFSET + batch * (WARM_UP_BATCH / Queries.kinds() + 1);
			for (Load path : paths) {
				run(path, clients, WARM_UP_BATCH, offset);
			}
			double compiling = (jit.getTotalCompilationTime() - compiledBefore) / ((System.nanoTime() - started) / 1e6);
			System.out.printf(Locale.ROOT, "Warm-up at %d clients, batch %d: JIT compiler busy %.1f %% of the time%n",
					clients, batch, compiling * 100);
			quiet = (compiling < SETTLED) ? quiet + 1 : 0;
			if (batch >= WARM_UP_BATCHES_AT_LEAST && quiet == QUIET_BATCHES) {
				return;
			}
		}
		System.out.printf("Warm-up at %d clients: the JIT compiler had not settled after %d batches%n", clients,
				WARM_UP_BATCHES_AT_MOST);
	}

	/**
	 * Latencies of {@code requests} searches spread over {@code clients}, the rate, and
	 * the processor time each search cost this JVM (the API and the clients) and
	 * Elasticsearch.
	 */
	static Measured run(Load load, int clients, int requests, int offset) throws Exception {
		long[] latencies = new long[requests];
		AtomicInteger next = new AtomicInteger();
		Duration ownBefore = cpu(ProcessHandle.current());
		Duration elasticsearchBefore = elasticsearchCpu();
		long compiledBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
		long started = System.nanoTime();
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<?>> workers = new ArrayList<>();
			for (int c = 0; c < clients; c++) {
				workers.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
						long t0 = System.nanoTime();
						load.search(Queries.query(i, offset));
						latencies[i] = (System.nanoTime() - t0) / 1000;
					}
					return null;
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		}
		long elapsed = System.nanoTime() - started;
		Arrays.sort(latencies);
		return new Measured(latencies, elapsed / 1e9, cpu(ProcessHandle.current()).minus(ownBefore).toNanos() / 1e6,
				elasticsearchCpu().minus(elasticsearchBefore).toNanos() / 1e6,
				ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compiledBefore);
	}

	// The query cache too: a filter the API's run used would otherwise be cached for
	// the direct run's same query.
	static void clearCaches(ElasticsearchClient client) throws IOException {
		client.indices().clearCache((c) -> c.request(true).query(true));
	}

	// The data directory of the embedded node measured: other Elasticsearch nodes on the
	// machine (other people's) are not counted.
	private static volatile String elasticsearchHome = "";

	static void elasticsearchHome(String dataDir) {
		elasticsearchHome = dataDir;
	}

	// The embedded node runs as a daemon (started with -d), no longer this process's
	// child.
	static Duration elasticsearchCpu() {
		return ProcessHandle.allProcesses()
			.filter((p) -> p.info().commandLine().orElse("").contains("org.elasticsearch.bootstrap"))
			.filter((p) -> p.info().commandLine().orElse("").contains(elasticsearchHome))
			.map(Measuring::cpu)
			.reduce(Duration.ZERO, Duration::plus);
	}

	private static Duration cpu(ProcessHandle process) {
		return process.info().totalCpuDuration().orElse(Duration.ZERO);
	}

	/**
	 * One path's search, as a client sends it.
	 */
	@FunctionalInterface
	interface Load {

		Object search(String words) throws Exception;

	}

}
