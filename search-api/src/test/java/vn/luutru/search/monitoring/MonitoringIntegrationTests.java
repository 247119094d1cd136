package vn.luutru.search.monitoring;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.luutru.archive.support.TestStores;
import vn.luutru.search.users.NewUser;
import vn.luutru.search.users.UserService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a monitoring system and an administrator see, over real HTTP against the whole
 * application and the real stores: the archive's own meters beside Spring Boot's at
 * {@code /actuator/prometheus}, for administrators only, and the same figures for the
 * administration page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MonitoringIntegrationTests {

	static final String PASSWORD = "mật khẩu đủ dài 2026";

	static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	UserService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	vn.luutru.archive.jobs.OcrWork ocrWork;

	@DynamicPropertySource
	static void stores(DynamicPropertyRegistry registry) {
		TestStores.register(registry, "search-api");
		registry.add("luutru.monitoring.figures-kept", () -> "1s");
	}

	@BeforeEach
	void anAdministratorAndAViewer() {
		for (String role : new String[] { "administrator", "viewer" }) {
			if (this.jdbc.sql("SELECT count(*) FROM users WHERE username = ?")
				.param("monitoring-" + role)
				.query(Integer.class)
				.single() == 0) {
				this.users.create(new NewUser("monitoring-" + role, null, role, PASSWORD));
			}
		}
	}

	@Test
	void prometheusScrapesTheArchivesMetersBesideSpringBootsForAdministratorsOnly() throws Exception {
		// A search first, so that its latency histogram exists.
		assertThat(get("/api/search?q=tai+nguyen", "administrator").statusCode()).isEqualTo(200);
		this.jdbc.sql("INSERT INTO ingest_requests (folder, requested_by) VALUES ('/srv/scans/cho', 'monitoring')")
			.update();

		// The figures are kept a second here: an earlier scrape may have read them
		// before.
		HttpResponse<String> scrape = get("/actuator/prometheus", "administrator");
		for (int i = 0; i < 14 && scrape.statusCode() == 200 && queued(scrape.body()) < 1; i++) {
			Thread.sleep(500);
			scrape = get("/actuator/prometheus", "administrator");
		}

		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.body()).contains("luutru_ingest_jobs{state=\"queued\"}",
				"luutru_ingest_jobs{state=\"running\"}", "luutru_ingest_pages_total", "luutru_ingest_documents_total",
				"luutru_ingest_set_aside_total{what=\"file\"}", "luutru_ingest_set_aside_total{what=\"page\"}",
				"hikaricp_connections_active", "jvm_memory_used_bytes");
		assertThat(scrape.body()).containsPattern("http_server_requests_seconds_bucket\\{.*uri=\"/api/search\"");
		assertThat(queued(scrape.body())).isGreaterThanOrEqualTo(1);

		assertThat(get("/actuator/prometheus", "viewer").statusCode()).isEqualTo(403);
		assertThat(HTTP.send(HttpRequest.newBuilder(uri("/actuator/prometheus")).GET().build(), BodyHandlers.ofString())
			.statusCode()).isEqualTo(401);
	}

	/**
	 * The Elasticsearch client's connection pool beside PostgreSQL's: after a search its
	 * connection is back in the pool, kept alive for the next.
	 */
	/**
	 * Reading the figures counts whole tables: scrapes within
	 * {@code luutru.monitoring.figures-kept} share one read, and say when it was.
	 */
	@Test
	void scrapesWithinTheTimeTheFiguresAreKeptShareOneRead() throws Exception {
		AtomicInteger reads = new AtomicInteger();
		DataSource counting = new DelegatingDataSource(this.dataSource) {
			@Override
			public Connection getConnection() throws SQLException {
				reads.incrementAndGet();
				return super.getConnection();
			}
		};
		Instant start = Instant.parse("2026-12-04T08:00:00Z");
		AtomicReference<Instant> now = new AtomicReference<>(start);
		ArchiveFigures figures = new ArchiveFigures(JdbcClient.create(counting),
				new MonitoringProperties(Duration.ofSeconds(60)), new Clock() {
					@Override
					public ZoneId getZone() {
						return ZoneOffset.UTC;
					}

					@Override
					public Clock withZone(ZoneId zone) {
						return this;
					}

					@Override
					public Instant instant() {
						return now.get();
					}
				});

		assertThat(figures.now().readAt()).isEqualTo(start);
		for (int scrape = 1; scrape <= 3; scrape++) {
			now.set(start.plusSeconds(15 * scrape));
			assertThat(figures.now().readAt()).isEqualTo(start);
		}
		assertThat(reads).hasValue(1);

		now.set(start.plusSeconds(60));
		assertThat(figures.now().readAt()).isEqualTo(start.plusSeconds(60));
		assertThat(reads).hasValue(2);
	}

	@Test
	void theElasticsearchConnectionPoolIsGaugedBesidePostgresqls() throws Exception {
		assertThat(get("/api/search?q=tai+nguyen", "administrator").statusCode()).isEqualTo(200);

		String scrape = get("/actuator/prometheus", "administrator").body();

		double max = value(scrape, "luutru_elasticsearch_connections_max");
		double leased = value(scrape, "luutru_elasticsearch_connections{state=\"leased\"}");
		double available = value(scrape, "luutru_elasticsearch_connections{state=\"available\"}");
		double pending = value(scrape, "luutru_elasticsearch_connections{state=\"pending\"}");
		assertThat(max).isEqualTo(Rest5ClientBuilder.DEFAULT_MAX_CONN_TOTAL);
		assertThat(available).isGreaterThanOrEqualTo(1);
		assertThat(leased + available).isLessThanOrEqualTo(max);
		assertThat(pending).isZero();
		assertThat(scrape).contains("hikaricp_connections_idle", "hikaricp_connections_pending",
				"hikaricp_connections_max");
	}

	@Test
	void filesSetAsideAreCountedByTheKindOfTheirReason() throws Exception {
		double before = valueOr(get("/actuator/prometheus", "administrator").body(),
				"luutru_ingest_set_aside_files_total{reason=\"encrypted\"}");
		for (String file : new String[] { "ma-hoa-1.pdf", "ma-hoa-2.pdf" }) {
			this.jdbc
				.sql("""
						INSERT INTO ingest_failures (job_execution_id, source_path, file_name, reason, reason_kind, failed_at)
						VALUES (0, ?, ?, 'tệp PDF được mã hóa', 'encrypted', now())""")
				.params("/srv/scans/" + file, file)
				.update();
		}
		// The figures are kept a second here (luutru.monitoring.figures-kept).
		Thread.sleep(1_100);

		String scrape = get("/actuator/prometheus", "administrator").body();

		assertThat(value(scrape, "luutru_ingest_set_aside_files_total{reason=\"encrypted\"}")).isEqualTo(before + 2);
		assertThat(scrape).contains("luutru_ingest_set_aside_files_total{reason=\"too-many-pages\"} 0.0",
				"luutru_ingest_set_aside_total{what=\"file\"}");
		HttpResponse<String> monitoring = get("/api/monitoring", "administrator");
		assertThat(JsonPath.<Number>read(monitoring.body(), "$.archive.filesSetAsideByReason.encrypted").longValue())
			.isEqualTo((long) before + 2);
	}

	private static double valueOr(String scrape, String series) {
		return scrape.lines()
			.filter((line) -> line.startsWith(series + " "))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.findFirst()
			.orElse(0);
	}

	/**
	 * What the workers add to {@code ocr_work} is a timer per worker machine: pages as
	 * its count, OCR seconds as its sum.
	 */
	@Test
	void theOcrSecondsTheWorkersRecordAreATimerPerWorker() throws Exception {
		this.ocrWork.add("may-quet-1", 12, 30.5);
		this.ocrWork.add("may-quet-1", 2, 4.5);

		String scrape = "";
		for (int i = 0; i < 30 && !scrape.contains("luutru_ocr_seconds_count{worker=\"may-quet-1\"}"); i++) {
			scrape = get("/actuator/prometheus", "administrator").body();
			Thread.sleep(500);
		}

		assertThat(value(scrape, "luutru_ocr_seconds_count{worker=\"may-quet-1\"}")).isEqualTo(14);
		assertThat(value(scrape, "luutru_ocr_seconds_sum{worker=\"may-quet-1\"}")).isEqualTo(35.0);
		assertThat(scrape).contains("luutru_ocr_workers");
	}

	/**
	 * Pages counted by bucket of OCR seconds, as workers add them after each file, are a
	 * Prometheus histogram per worker machine: cumulative buckets up to {@code +Inf}.
	 */
	@Test
	void theOcrSecondsOfEachPageAreAHistogramPerWorker() throws Exception {
		long[] first = vn.luutru.archive.jobs.OcrPageTimes.none();
		first[vn.luutru.archive.jobs.OcrPageTimes.bucket(800_000_000L)] = 1;
		first[vn.luutru.archive.jobs.OcrPageTimes.bucket(2_500_000_000L)] = 2;
		this.ocrWork.add("may-quet-2", 3, 5.5, first);
		long[] second = vn.luutru.archive.jobs.OcrPageTimes.none();
		second[vn.luutru.archive.jobs.OcrPageTimes.bucket(2_900_000_000L)] = 1;
		second[vn.luutru.archive.jobs.OcrPageTimes.bucket(90_000_000_000L)] = 1;
		this.ocrWork.add("may-quet-2", 2, 92.9, second);

		String scrape = "";
		for (int i = 0; i < 30 && !(scrape.contains("luutru_ocr_page_seconds_count{worker=\"may-quet-2\"}")
				&& scrape.contains("luutru_ocr_seconds_count{worker=\"may-quet-2\"}")); i++) {
			scrape = get("/actuator/prometheus", "administrator").body();
			Thread.sleep(500);
		}

		String worker = "luutru_ocr_page_seconds_bucket{worker=\"may-quet-2\",le=";
		assertThat(value(scrape, worker + "\"0.5\"}")).isZero();
		assertThat(value(scrape, worker + "\"1.0\"}")).isEqualTo(1);
		assertThat(value(scrape, worker + "\"2.0\"}")).isEqualTo(1);
		assertThat(value(scrape, worker + "\"3.0\"}")).isEqualTo(4);
		assertThat(value(scrape, worker + "\"60.0\"}")).isEqualTo(4);
		assertThat(value(scrape, worker + "\"+Inf\"}")).isEqualTo(5);
		assertThat(value(scrape, "luutru_ocr_page_seconds_count{worker=\"may-quet-2\"}")).isEqualTo(5);
		assertThat(value(scrape, "luutru_ocr_page_seconds_sum{worker=\"may-quet-2\"}")).isEqualTo(98.4);
		assertThat(scrape).contains("# TYPE luutru_ocr_page_seconds histogram");
		assertThat(value(scrape, "luutru_ocr_seconds_count{worker=\"may-quet-2\"}")).isEqualTo(5);
	}

	@Test
	void theAdministrationPageGetsTheSameFigures() throws Exception {
		HttpResponse<String> monitoring = get("/api/monitoring", "administrator");

		assertThat(monitoring.statusCode()).isEqualTo(200);
		long documents = this.jdbc.sql("SELECT count(*) FROM documents").query(Long.class).single();
		assertThat(JsonPath.<Number>read(monitoring.body(), "$.archive.documents").longValue()).isEqualTo(documents);
		assertThat(JsonPath.<Number>read(monitoring.body(), "$.archive.queuedJobs").longValue()).isNotNegative();
		assertThat(get("/api/monitoring", "viewer").statusCode()).isEqualTo(403);
	}

	private static double value(String scrape, String series) {
		return scrape.lines()
			.filter((line) -> line.startsWith(series + " "))
			.map((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.findFirst()
			.orElseThrow(() -> new AssertionError(series + " is not in " + scrape));
	}

	private static double queued(String scrape) {
		return scrape.lines()
			.filter((line) -> line.startsWith("luutru_ingest_jobs{state=\"queued\"}"))
			.map((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.findFirst()
			.orElseThrow();
	}

	private HttpResponse<String> get(String path, String role) throws Exception {
		return HTTP.send(
				HttpRequest.newBuilder(uri(path))
					.header("Authorization", "Basic " + Base64.getEncoder()
						.encodeToString(("monitoring-" + role + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
					.GET()
					.build(),
				BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
