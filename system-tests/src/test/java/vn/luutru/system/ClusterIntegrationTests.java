package vn.luutru.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The archive as a department runs it on several machines, on this one: a two-node
 * Elasticsearch cluster with one replica and a PostgreSQL server that the archive does
 * not start (external mode: no embedded store), the web server and two worker processes
 * sharing one folder's job through the partition channel; one worker is killed with
 * SIGKILL mid-way, and every file is catalogued and indexed once. Then a worker stopped
 * normally (SIGTERM) hands its range back, and another goes on with it at once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIntegrationTests {

	private static final int FILES = 200;

	private static final List<String> PARTITIONING = List.of("worker", "--luutru.partitioning.enabled=true",
			"--luutru.partitioning.files-per-partition=10", "--luutru.partitioning.heartbeat-interval=1s",
			"--luutru.partitioning.take-over-after=4s", "--luutru.partitioning.poll-interval=500ms");

	/** Workers that would wait ten minutes before taking over a silent worker's range. */
	private static final List<String> PATIENT = List.of("worker", "--luutru.partitioning.enabled=true",
			"--luutru.partitioning.files-per-partition=10", "--luutru.partitioning.heartbeat-interval=1s",
			"--luutru.partitioning.take-over-after=10m", "--luutru.partitioning.poll-interval=500ms");

	private static final int HANDED_FILES = 60;

	private final List<Process> workers = new ArrayList<>();

	@TempDir(factory = ReadableTempDirs.class)
	static Path scans;

	private Path stores;

	private ElasticsearchCluster cluster;

	private ExternalPostgres postgres;

	private Installation installation;

	private Api api;

	@BeforeAll
	void externalStoresAndServer() throws IOException {
		this.stores = Installation.directory("system-cluster-stores");
		int[] ports = Installation.freePorts(5);
		this.cluster = ElasticsearchCluster.start(this.stores.resolve("elasticsearch"), List.of(ports[0], ports[1]),
				List.of(ports[2], ports[3]), "384m");
		this.postgres = ExternalPostgres.start(this.stores.resolve("postgres"), ports[4]);
		this.cluster.awaitGreen(Duration.ofMinutes(6), this.stores.resolve("elasticsearch"));
		List<String> options = new ArrayList<>(this.cluster.options());
		options.addAll(this.postgres.options());
		options.add("--luutru.elasticsearch.index.replicas=1");
		this.installation = Installation.create("cluster", options);
		this.api = this.installation.serveWithAdministrator();
	}

	@AfterAll
	void stopEverything() {
		try {
			if (this.installation != null) {
				this.installation.close();
			}
		}
		finally {
			try {
				if (this.cluster != null) {
					this.cluster.close();
				}
			}
			finally {
				if (this.postgres != null) {
					this.postgres.close();
				}
			}
		}
	}

	@Test
	@Order(1)
	void twoWorkersOnTwoNodesIndexEveryFileOnceThoughOneIsKilled() throws Exception {
		// given
		Path folder = Files.createDirectories(scans.resolve("cum-may"));
		for (int n = 0; n < FILES; n++) {
			PartitionedJobIntegrationTests.pdf(folder, n);
		}
		Process first = this.installation.background("worker-a", PARTITIONING.toArray(String[]::new));
		Process second = this.installation.background("worker-b", PARTITIONING.toArray(String[]::new));
		this.workers.addAll(List.of(first, second));
		this.installation.awaitLogged("worker-a", "runs partitions of every worker", Duration.ofMinutes(3));
		this.installation.awaitLogged("worker-b", "runs partitions of every worker", Duration.ofMinutes(3));

		// when
		Instant started = Instant.now();
		long job = this.api.startJob(folder);
		String victim = awaitBothRunningPartitions("worker-a", first, "worker-b", second);
		Process killed = victim.equals("worker-a") ? first : second;
		killed.destroyForcibly();
		assertThat(killed.waitFor(10, TimeUnit.SECONDS)).isTrue();
		String progress = this.api.awaitEnd(job, Duration.ofMinutes(5));
		System.out.printf("Cluster test: %d files over 2 workers, one killed, in %.1f s%n", FILES,
				Duration.between(started, Instant.now()).toMillis() / 1000.0);

		// then
		assertThat(JsonPath.<String>read(progress, "$.status")).as(progress).isEqualTo("COMPLETED");
		String survivor = victim.equals("worker-a") ? "worker-b" : "worker-a";
		assertThat(this.installation.log(survivor)).contains("sends partition");
		assertThat(this.postgres.sql("luutru", "SELECT count(*) || ' ' || count(DISTINCT source_path) FROM documents"))
			.isEqualTo(FILES + " " + FILES);
		String workers = this.postgres.sql("luutru",
				"SELECT string_agg(DISTINCT worker, ' ') FROM partition_runs WHERE outcome = 'COMPLETED'");
		assertThat(workers).contains(":" + first.pid()).contains(":" + second.pid());
		var found = this.api.get(Api.search("phanvung"));
		assertThat(JsonPath.<Number>read(found.body(), "$.total").longValue()).as(found::body).isEqualTo(FILES);
		assertThat(this.cluster.get("/luutru-archive/_settings")).contains("\"number_of_replicas\":\"1\"");
		String health = this.cluster.get("/_cluster/health/luutru-archive?wait_for_status=green&timeout=30s");
		assertThat(health).contains("\"status\":\"green\"").contains("\"number_of_nodes\":2");
		assertThat(this.cluster.get("/_cat/shards/luutru-archive?h=prirep,state,node")).contains("node-1")
			.contains("node-2")
			.doesNotContain("UNASSIGNED");
	}

	@Test
	@Order(2)
	void aWorkerStoppedNormallyHandsItsRangeBackAtOnce() throws Exception {
		// given: the first test's workers gone, two that would wait ten minutes for a
		// silent worker
		for (Process worker : this.workers) {
			worker.destroy();
			assertThat(worker.waitFor(60, TimeUnit.SECONDS)).isTrue();
		}
		Path folder = Files.createDirectories(scans.resolve("ban-giao"));
		for (int n = 0; n < HANDED_FILES; n++) {
			PartitionedJobIntegrationTests.pdf(folder, 1000 + n);
		}
		Process third = this.installation.background("worker-c", PATIENT.toArray(String[]::new));
		Process fourth = this.installation.background("worker-d", PATIENT.toArray(String[]::new));
		this.installation.awaitLogged("worker-c", "runs partitions of every worker", Duration.ofMinutes(3));
		this.installation.awaitLogged("worker-d", "runs partitions of every worker", Duration.ofMinutes(3));

		// when: the worker not running the job itself is stopped as ./luutru stop does
		long job = this.api.startJob(folder);
		String stopping = awaitBothRunningPartitions("worker-c", third, "worker-d", fourth);
		Process stopped = stopping.equals("worker-c") ? third : fourth;
		stopped.destroy();
		assertThat(stopped.waitFor(60, TimeUnit.SECONDS)).isTrue();

		// then
		assertThat(this.installation.log(stopping)).contains("hands partition");
		String progress = this.api.awaitEnd(job, Duration.ofMinutes(5));
		assertThat(JsonPath.<String>read(progress, "$.status")).as(progress).isEqualTo("COMPLETED");
		assertThat(this.postgres.sql("luutru",
				"SELECT count(*) || ' ' || count(DISTINCT source_path) "
						+ "FROM documents WHERE file_name LIKE 'pv-1___.pdf'"))
			.isEqualTo(HANDED_FILES + " " + HANDED_FILES);
		assertThat(this.postgres.sql("luutru", "SELECT count(*) FROM partition_runs WHERE outcome = 'HANDED_BACK'"))
			.isEqualTo("1");
		String other = stopping.equals("worker-c") ? "worker-d" : "worker-c";
		assertThat(this.installation.log(other)).doesNotContain("sends partition");
	}

	/**
	 * Waits until each worker has started a partition and the one not running the job
	 * itself has started a second: mid-way. Returns that worker's name.
	 */
	private String awaitBothRunningPartitions(String firstName, Process first, String secondName, Process second) {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		while (Instant.now().isBefore(deadline)) {
			assertThat(first.isAlive()).as(() -> this.installation.log(firstName)).isTrue();
			assertThat(second.isAlive()).as(() -> this.installation.log(secondName)).isTrue();
			String a = this.installation.log(firstName);
			String b = this.installation.log(secondName);
			if (PartitionedJobIntegrationTests.partitions(a) >= 1
					&& PartitionedJobIntegrationTests.partitions(b) >= 1) {
				String chosen = a.contains("Running job") ? secondName : firstName;
				if (PartitionedJobIntegrationTests.partitions(chosen.equals(firstName) ? a : b) >= 2) {
					return chosen;
				}
			}
			Installation.sleep(Duration.ofMillis(200));
		}
		throw new AssertionError("Both workers did not take part: " + this.installation.log(firstName)
				+ this.installation.log(secondName));
	}

}
