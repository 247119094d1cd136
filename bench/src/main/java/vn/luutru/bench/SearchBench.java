package vn.luutru.bench;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.luutru.search.LuutruApplication;
import vn.luutru.search.users.NewUser;
import vn.luutru.search.users.UserService;
import vn.luutru.search.documents.DirectSearch;
import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.index.ArchiveIndex;

/**
 * Search latency through the API against the same requests sent to Elasticsearch
 * directly, in one run, at 1 and 16 concurrent clients, over a generated archive.
 *
 * <p>
 * Usage: {@code SearchBench <data dir> <pages> <results.md>}. The application runs in
 * this process on its embedded stores (data kept in the data directory, so a second run
 * reuses the generated archive); the clients run on virtual threads in the same process,
 * and both paths are timed from the client's side, first byte sent to last byte read.
 */
public final class SearchBench {

	private static final int PAGES_PER_DOCUMENT = 10;

	private static final List<String> QUERIES = List.of("tài nguyên và môi trường", "tai nguyen moi truong",
			"giấy phép khai thác nước dưới đất", "giay phep khai thac nuoc", "thửa đất số 125", "tờ bản đồ số 12",
			"đánh giá tác động môi trường", "danh gia tac dong moi truong", "quyết định cho thuê đất",
			"bồi thường giải phóng mặt bằng", "boi thuong giai phong mat bang", "phường An Khánh", "Ninh Kiều Cần Thơ",
			"văn phòng đăng ký đất đai", "chuyển mục đích sử dụng đất", "xả thải vào nguồn nước",
			"quan trac moi truong", "khoáng sản cát sỏi", "giấy chứng nhận quyền sử dụng đất", "biên bản kiểm tra",
			"thu hồi đất", "hồ sơ địa chính", "cong van so", "kế hoạch sử dụng đất năm 2020");

	// Warm-up runs send other queries than the measured runs (numbers from 1000 on).
	private static final int WARM_UP = 1000;

	// Searches a path in a warm-up batch; at least three batches, at most forty.
	private static final int WARM_UP_BATCH = 200;

	private static final int WARM_UP_BATCHES_AT_LEAST = 3;

	private static final int WARM_UP_BATCHES_AT_MOST = 40;

	// Settled: the JIT compiler busy less than 2 % of the time in two batches running (it
	// pauses between bursts: one quiet batch was followed by 19 % in a measured run).
	private static final double SETTLED = 0.02;

	private static final int QUIET_BATCHES = 2;

	// Requests of each kind sent one at a time, from queries numbered from 2000 on.
	private static final int BY_REQUEST = 300;

	private static final int BY_REQUEST_OFFSET = 2000;

	private SearchBench() {
	}

	public static void main(String[] args) throws Exception {
		Path dataDir = Path.of(args[0]);
		int pages = Integer.parseInt(args[1]);
		Path results = Path.of(args[2]);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(LuutruApplication.class)
			.properties(Map.of("luutru.data-dir", dataDir.toString(), "server.port", "0",
					"luutru.elasticsearch.embedded.heap", "1g", "logging.level.root", "WARN"))
			.run()) {
			ElasticsearchClient client = app.getBean(ElasticsearchClient.class);
			ArchiveIndex index = app.getBean(ArchiveIndex.class);
			int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port", "8080"));
			long indexed = generate(client, index, pages);
			// The API is measured as the pages use it: one session, signed in once.
			HttpClient http = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.cookieHandler(new java.net.CookieManager())
				.build();
			signIn(app.getBean(UserService.class), http, port);
			if (args.length > 3 && args[3].equals("hold")) {
				// For profiling by hand: the archive stays up, signed in, until the
				// process
				// is stopped.
				System.out.printf("Holding: API on port %d, index alias %s, cookies %s%n", port, index.alias(),
						((java.net.CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies());
				Thread.sleep(Long.MAX_VALUE);
			}
			List<Row> rows = new ArrayList<>();
			for (int clients : new int[] { 1, 16 }) {
				int requests = (clients == 1) ? 960 : 3840;
				Load api = (words) -> apiSearch(http, port, words);
				Load direct = (words) -> DirectSearch.search(client, index, words);
				warmUp(clients, api, direct);
				// Each measured run starts with Elasticsearch's request and query caches
				// empty and sends queries it has not seen: a benchmark cycling a few
				// queries would measure the caches.
				// The two paths take turns, twice, each half of the searches: whatever
				// the machine does meanwhile falls on both.
				Measured viaApi = null;
				Measured directly = null;
				for (int turn = 0; turn < 2; turn++) {
					// Numbers the archive holds (parcels up to 900), none the warm-up or
					// the other turn sent.
					int offset = turn * 500;
					clearCaches(client);
					viaApi = Measured.both(viaApi, run(api, clients, requests / 2, offset));
					clearCaches(client);
					directly = Measured.both(directly, run(direct, clients, requests / 2, offset));
				}
				rows.add(new Row("API `GET /api/search`", clients, viaApi));
				rows.add(new Row("Elasticsearch directly, same requests", clients, directly));
				if (clients == 1) {
					Load refused = (words) -> apiRefused(http, port);
					warmUp(clients, refused);
					rows.add(new Row("API without a search (`GET /api/search?q=` → 400)", clients,
							run(refused, clients, requests, 0)));
				}
			}
			String section = section(indexed, rows) + requestByRequest(client, index);
			Files.writeString(results, section, StandardCharsets.UTF_8);
			System.out.print(section);
		}
	}

	/**
	 * Elasticsearch's cost of each of a search's three requests, sent one at a time (from
	 * queries no other run sent, caches emptied before each kind), beside the smallest
	 * search there is: what the node spends on any request, whatever it asks. As a table
	 * for docs/benchmarks.md.
	 */
	private static String requestByRequest(ElasticsearchClient client, ArchiveIndex index) throws IOException {
		String smallest = "smallest search (size 0, one term of a keyword field)";
		Map<String, List<SearchRequest>> requests = new LinkedHashMap<>();
		for (int i = 0; i < BY_REQUEST; i++) {
			String id = "%024x".formatted(i);
			requests.computeIfAbsent(smallest, (name) -> new ArrayList<>())
				.add(SearchRequest.of((s) -> s.index(index.alias())
					.size(0)
					.trackTotalHits((t) -> t.enabled(false))
					.query((q) -> q.term((t) -> t.field("documentId").value(id)))));
			DirectSearch.requests(client, index, query(i, BY_REQUEST_OFFSET))
				.forEach((name, request) -> requests.computeIfAbsent(name, (n) -> new ArrayList<>()).add(request));
		}
		StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
				"%nRequest by request, one at a time (%d of each):%n%n"
						+ "| request | Elasticsearch's `took` (ms, mean) | CPU per request: Elasticsearch (ms) |%n"
						+ "| --- | ---: | ---: |%n",
				BY_REQUEST));
		for (Map.Entry<String, List<SearchRequest>> kind : requests.entrySet()) {
			clearCaches(client);
			long took = 0;
			Duration before = elasticsearchCpu();
			for (SearchRequest request : kind.getValue()) {
				took += client.search(request, Void.class).took();
			}
			double cpu = elasticsearchCpu().minus(before).toNanos() / 1e6;
			out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f |%n", kind.getKey(),
					(double) took / kind.getValue().size(), cpu / kind.getValue().size()));
		}
		return out.toString();
	}

	/**
	 * Sends the paths other queries than the measured runs', a batch each in turn, until
	 * this JVM's JIT compiler has settled. On two cores it was still compiling after
	 * 7,000 searches (most of it the API's code: Tomcat, Spring MVC and Security, JSON),
	 * and its work during a measured run is processor time taken from the searches,
	 * mostly the API's: a fixed count of 600 warm-up searches a path made the API look
	 * 5–7 ms slower than Elasticsearch at the median, where it is 0.2–2.2 ms.
	 */
	private static void warmUp(int clients, Load... paths) throws Exception {
		CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
		int quiet = 0;
		for (int batch = 1; batch <= WARM_UP_BATCHES_AT_MOST; batch++) {
			long compiledBefore = jit.getTotalCompilationTime();
			long started = System.nanoTime();
			// Each batch's queries differ from the other batches' (24 kinds, a number
			// each round), so Elasticsearch's request cache does not answer them.
			int offset = WARM_UP + batch * (WARM_UP_BATCH / QUERIES.size() + 1);
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
	 * Fills the archive up to the given number of page entries; answers how many it has.
	 */
	private static long generate(ElasticsearchClient client, ArchiveIndex index, int pages) throws IOException {
		index.ensureExists();
		long documents = client
			.count((c) -> c.index(index.alias()).query((q) -> q.term((t) -> t.field("entry").value("document"))))
			.count();
		// An archive of an earlier layout (documents' text held or scored another way)
		// is made again.
		if (documents * PAGES_PER_DOCUMENT >= pages && index.layout() >= ArchiveIndex.LAYOUT) {
			return pageCount(client, index);
		}
		String stale = index.current();
		client.indices().delete((d) -> d.index(stale));
		index.ensureExists();
		PageTexts texts = new PageTexts(42);
		Instant now = Instant.now();
		long started = System.nanoTime();
		try (BulkIngester<Void> ingester = BulkIngester
			.of((b) -> b.client(client).maxOperations(2000).maxConcurrentRequests(2))) {
			for (long document = 0; document * PAGES_PER_DOCUMENT < pages; document++) {
				String id = "%024x".formatted(0xbe0c000000L + document);
				String title = texts.title();
				List<ArchiveEntry> entries = new ArrayList<>();
				for (int page = 1; page <= PAGES_PER_DOCUMENT; page++) {
					entries.add(new ArchiveEntry("page", id, id + "0".repeat(40), id + ".pdf", title, "application/pdf",
							1_000_000, PAGES_PER_DOCUMENT, page, texts.page(), "ocr", 85f, null, null, now, 0,
							Map.of()));
				}
				add(ingester, index, ArchiveEntry.document(entries));
				entries.forEach((entry) -> add(ingester, index, entry));
			}
		}
		index.refresh();
		client.indices().forcemerge((f) -> f.index(index.alias()).maxNumSegments(1L));
		System.out.printf("Indexed up to %d pages in %.0f s%n", pages, (System.nanoTime() - started) / 1e9);
		return pageCount(client, index);
	}

	private static long pageCount(ElasticsearchClient client, ArchiveIndex index) throws IOException {
		return client.count((c) -> c.index(index.alias()).query((q) -> q.term((t) -> t.field("entry").value("page"))))
			.count();
	}

	// The query cache too: a filter the API's run used would otherwise be cached for
	// the direct run's same query.
	private static void clearCaches(ElasticsearchClient client) throws IOException {
		client.indices().clearCache((c) -> c.request(true).query(true));
	}

	/**
	 * The {@code i}-th query of a run: the 24 kinds of query in turn, the first time as
	 * typed, then each time with a different number added (as officers add a parcel or a
	 * year), so no query repeats within a run.
	 */
	static String query(int i, int offset) {
		String words = QUERIES.get(i % QUERIES.size());
		int round = i / QUERIES.size() + offset;
		return (round == 0) ? words : words + " " + round;
	}

	private static void add(BulkIngester<Void> ingester, ArchiveIndex index, ArchiveEntry entry) {
		ingester.add((op) -> op.index((i) -> i.index(index.alias()).id(entry.id()).document(entry)));
	}

	private static void signIn(UserService users, HttpClient http, int port) throws Exception {
		String password = "bench-" + java.util.UUID.randomUUID();
		String name = "bench-" + Long.toString(System.nanoTime(), 36);
		users.create(new NewUser(name, "Search bench", "viewer", password));
		http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/session/csrf")).build(),
				HttpResponse.BodyHandlers.discarding());
		String token = ((java.net.CookieManager) http.cookieHandler().orElseThrow()).getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("XSRF-TOKEN"))
			.findFirst()
			.orElseThrow()
			.getValue();
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.header("X-XSRF-TOKEN", token)
			.POST(HttpRequest.BodyPublishers.ofString("username=" + name + "&password=" + password))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (login.statusCode() != 200) {
			throw new IOException("Sign-in failed: HTTP " + login.statusCode() + " " + login.body());
		}
	}

	private static Object apiSearch(HttpClient http, int port, String words) throws IOException {
		return apiGet(http, port, words, 200);
	}

	/**
	 * The API's round trip without a search: a blank query, refused (400) before
	 * Elasticsearch is asked. What the client, HTTP, the session, security and Spring MVC
	 * cost on their own.
	 */
	private static Object apiRefused(HttpClient http, int port) throws IOException {
		return apiGet(http, port, "", 400);
	}

	private static Object apiGet(HttpClient http, int port, String words, int expected) throws IOException {
		URI uri = URI
			.create("http://localhost:" + port + "/api/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
		try {
			HttpResponse<byte[]> response = http.send(
					HttpRequest.newBuilder(uri).header("Accept", "application/json").build(),
					HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != expected) {
				throw new IOException("HTTP " + response.statusCode() + " for " + uri);
			}
			return response.body();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	/**
	 * Latencies of {@code requests} searches spread over {@code clients}, the rate, and
	 * the processor time each search cost this JVM (the API and the clients) and
	 * Elasticsearch.
	 */
	private static Measured run(Load load, int clients, int requests, int offset) throws Exception {
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
						load.search(query(i, offset));
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

	private static Duration cpu(ProcessHandle process) {
		return process.info().totalCpuDuration().orElse(Duration.ZERO);
	}

	// The embedded node runs as a daemon (started with -d), no longer this process's
	// child.
	private static Duration elasticsearchCpu() {
		return ProcessHandle.allProcesses()
			.filter((p) -> p.info().commandLine().orElse("").contains("org.elasticsearch.bootstrap"))
			.map(SearchBench::cpu)
			.reduce(Duration.ZERO, Duration::plus);
	}

	private static String section(long pages, List<Row> rows) {
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
				pages, QUERIES.size()));
		return out.toString();
	}

	@FunctionalInterface
	interface Load {

		Object search(String words) throws Exception;

	}

	record Row(String path, int clients, Measured measured) {
	}

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

}
