package vn.luutru.archive.jobs;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.luutru.archive.support.TestStores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The request queue against the real PostgreSQL: workers polling at the same time never
 * take the same request, and a request goes from queued to claimed to started.
 */
@SpringBootTest(classes = IngestRequestsIntegrationTests.Requests.class)
class IngestRequestsIntegrationTests {

	@DynamicPropertySource
	static void stores(DynamicPropertyRegistry registry) {
		TestStores.register(registry, "stores");
	}

	@Autowired
	IngestRequests requests;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twoWorkersPollingAtOnceNeverClaimTheSameRequest() throws Exception {
		Set<Long> recorded = new HashSet<>();
		for (int i = 0; i < 100; i++) {
			recorded.add(this.requests.request(Path.of("/srv/scans/lo-" + i), "quet"));
		}
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<List<Long>> a = pool.submit(claimAll("worker-a", together));
			Future<List<Long>> b = pool.submit(claimAll("worker-b", together));
			List<Long> byA = a.get();
			List<Long> byB = b.get();

			assertThat(byA).doesNotHaveDuplicates().doesNotContainAnyElementsOf(byB);
			assertThat(byB).doesNotHaveDuplicates();
			Set<Long> claimed = new HashSet<>(byA);
			claimed.addAll(byB);
			assertThat(claimed).containsAll(recorded);
			// Both took part, and each row names the worker that got it: no claim was
			// overwritten by the other.
			assertThat(byA).isNotEmpty();
			assertThat(byB).isNotEmpty();
			Map<Long, String> owners = new java.util.HashMap<>();
			byA.forEach((id) -> owners.put(id, "worker-a"));
			byB.forEach((id) -> owners.put(id, "worker-b"));
			for (long id : recorded) {
				assertThat(this.requests.find(id).orElseThrow().claimedBy()).isEqualTo(owners.get(id));
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aRequestIsQueuedThenClaimedThenStartedWithItsHeartbeat() {
		long id = this.requests.request(Path.of("/srv/scans/2025-06"), "quet");

		IngestRequest queued = this.requests.find(id).orElseThrow();
		assertThat(queued.folder()).isEqualTo(Path.of("/srv/scans/2025-06"));
		assertThat(queued.requestedBy()).isEqualTo("quet");
		assertThat(queued.claimed()).isFalse();
		assertThat(queued.jobExecutionId()).isNull();

		IngestRequest claimed = claimUntil(id, "scan-1:812");
		assertThat(claimed.claimedBy()).isEqualTo("scan-1:812");
		assertThat(claimed.claimedAt()).isNotNull();
		assertThat(claimed.heartbeatAt()).isNotNull();

		this.requests.started(id, 4242);
		this.requests.heartbeat(id, 12);
		this.requests.heartbeat(id, 9);
		IngestRequest running = this.requests.find(id).orElseThrow();
		assertThat(running.jobExecutionId()).isEqualTo(4242);
		// A late heartbeat with an older count never takes pages back.
		assertThat(running.pagesRead()).isEqualTo(12);
		assertThat(this.requests.recent(1)).extracting(IngestRequest::id).containsExactly(id);
	}

	@Test
	void aRequestRecordedForItsOwnWorkerIsNotOfferedToOthers() {
		IngestRequest own = this.requests.requestClaimed(Path.of("/srv/scans/cli"), "root", "scan-2:99");

		assertThat(own.claimedBy()).isEqualTo("scan-2:99");
		List<Long> others = new ArrayList<>();
		this.requests.claim("worker-c").ifPresent((request) -> others.add(request.id()));
		assertThat(others).doesNotContain(own.id());
		assertThat(this.requests.find(own.id()).orElseThrow().claimedBy()).isEqualTo("scan-2:99");
	}

	@Test
	void aRequestWhoseWorkerFellSilentIsTakenOverOnceAndItsOwnerKeepsALiveOne() throws Exception {
		IngestRequest dead = this.requests.requestClaimed(Path.of("/srv/scans/chet"), "quet", "scan-3:1");
		IngestRequest alive = this.requests.requestClaimed(Path.of("/srv/scans/song"), "quet", "scan-3:2");
		this.jdbc.sql("UPDATE ingest_requests SET heartbeat_at = now() - interval '1 minute' WHERE id = ?")
			.param(dead.id())
			.update();

		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Callable<Optional<IngestRequest>> takeOver = () -> {
				together.await();
				return this.requests.takeOver(Thread.currentThread().getName(), Duration.ofSeconds(20));
			};
			Future<Optional<IngestRequest>> a = pool.submit(takeOver);
			Future<Optional<IngestRequest>> b = pool.submit(takeOver);
			List<IngestRequest> taken = java.util.stream.Stream.of(a.get(), b.get()).flatMap(Optional::stream).toList();

			assertThat(taken).extracting(IngestRequest::id).containsExactly(dead.id());
			assertThat(this.requests.find(dead.id()).orElseThrow().claimedBy()).isEqualTo(taken.getFirst().claimedBy());
			assertThat(this.requests.find(alive.id()).orElseThrow().claimedBy()).isEqualTo("scan-3:2");
			assertThat(this.requests.takeOver("scan-3:3", Duration.ofSeconds(20))).isEmpty();
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aRequestWhoseJobEndedIsNotTakenOver() {
		IngestRequest ended = this.requests.requestClaimed(Path.of("/srv/scans/xong"), "quet", "scan-4:1");
		long execution = this.jdbc.sql("""
				INSERT INTO batch_job_instance (job_instance_id, version, job_name, job_key)
				VALUES (nextval('batch_job_instance_seq'), 0, 'ingestScans', md5(random()::text))
				RETURNING job_instance_id""").query(Long.class).single();
		long executionId = this.jdbc.sql("""
				INSERT INTO batch_job_execution (job_execution_id, version, job_instance_id, create_time, status)
				VALUES (nextval('batch_job_execution_seq'), 0, ?, now(), 'COMPLETED') RETURNING job_execution_id""")
			.param(execution)
			.query(Long.class)
			.single();
		this.requests.started(ended.id(), executionId);
		this.jdbc.sql("UPDATE ingest_requests SET heartbeat_at = now() - interval '1 hour' WHERE id = ?")
			.param(ended.id())
			.update();

		assertThat(this.requests.takeOver("scan-4:2", Duration.ofSeconds(20))).isEmpty();
	}

	@Test
	void aJobWaitingSaysWhyUntilItMovesOn() {
		long id = this.requests.request(Path.of("/srv/scans/cho"), "quet");

		this.requests.waiting(id, "Đang chờ Elasticsearch: không kết nối được");
		assertThat(this.requests.find(id).orElseThrow().waitingFor())
			.isEqualTo("Đang chờ Elasticsearch: không kết nối được");
		this.requests.waiting(id, null);
		assertThat(this.requests.find(id).orElseThrow().waitingFor()).isNull();
	}

	@Test
	void aFolderWithAJobQueuedOrRunningIsBusyForItselfItsSubfoldersAndItsParents() {
		long queued = this.requests.request(Path.of("/srv/scans/ban"), "quet");

		assertThatExceptionOfType(FolderBusy.class)
			.isThrownBy(() -> this.requests.request(Path.of("/srv/scans/ban"), "quet"))
			.satisfies((busy) -> assertThat(busy.job()).isEqualTo(queued))
			.withMessage("Thư mục /srv/scans/ban đang có lượt nhập số " + queued
					+ " chờ hoặc đang chạy; hãy đợi lượt đó xong rồi nhập lại.");
		assertThatExceptionOfType(FolderBusy.class)
			.isThrownBy(() -> this.requests.requestClaimed(Path.of("/srv/scans/ban/2025"), "quet", "scan-5:1"));
		assertThatExceptionOfType(FolderBusy.class)
			.isThrownBy(() -> this.requests.request(Path.of("/srv/scans"), "quet"));
		// A neighbour whose name only starts the same is another folder.
		long neighbour = this.requests.request(Path.of("/srv/scans/ban-2"), "quet");
		assertThat(neighbour).isGreaterThan(queued);

		IngestRequest claimed = claimUntil(queued, "scan-5:1");
		this.requests.refuse(claimed.id(), "Thư mục đã bị xoá");
		assertThat(this.requests.find(queued).orElseThrow().refused()).isEqualTo("Thư mục đã bị xoá");
		assertThat(this.requests.request(Path.of("/srv/scans/ban"), "quet")).isGreaterThan(neighbour);
	}

	@Test
	void twoRequestsForOneFolderAtOnceRecordOnlyOne() throws Exception {
		CyclicBarrier together = new CyclicBarrier(4);
		Callable<Optional<Long>> ask = () -> {
			together.await();
			try {
				return Optional.of(this.requests.request(Path.of("/srv/scans/cung-luc"), "quet"));
			}
			catch (FolderBusy ex) {
				return Optional.empty();
			}
		};
		try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
			List<Future<Optional<Long>>> asked = pool.invokeAll(List.of(ask, ask, ask, ask));
			long recorded = 0;
			for (Future<Optional<Long>> one : asked) {
				recorded += one.get().isPresent() ? 1 : 0;
			}
			assertThat(recorded).isEqualTo(1);
		}
	}

	/** Claims the queue's requests, oldest first, until one is this one. */
	private IngestRequest claimUntil(long id, String worker) {
		while (true) {
			IngestRequest claimed = this.requests.claim(worker).orElseThrow();
			if (claimed.id() == id) {
				return claimed;
			}
		}
	}

	private Callable<List<Long>> claimAll(String worker, CyclicBarrier together) {
		return () -> {
			together.await();
			List<Long> ids = new ArrayList<>();
			while (true) {
				var claimed = this.requests.claim(worker);
				if (claimed.isEmpty()) {
					return ids;
				}
				ids.add(claimed.get().id());
			}
		};
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Requests {

	}

}
