package vn.luutru.archive.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One process at a time starts a store: the others wait, across processes as within one,
 * and a process killed holding the lock does not keep it.
 */
class StartLockTests {

	@TempDir
	Path dir;

	private Process holder;

	@AfterEach
	void stopHolder() {
		if (this.holder != null) {
			this.holder.destroyForcibly();
		}
	}

	@Test
	void aSecondProcessWaitsUntilTheFirstHasStarted() throws Exception {
		Path file = this.dir.resolve("start.lock");
		this.holder = holdInAnotherProcess(file, 2_000);
		Instant asked = Instant.now();

		try (StartLock lock = StartLock.acquire(file, "the test store", Duration.ofSeconds(30))) {
			assertThat(Duration.between(asked, Instant.now())).isGreaterThan(Duration.ofMillis(1_000));
			assertThat(this.holder.waitFor(10, TimeUnit.SECONDS)).isTrue();
			assertThat(this.holder.exitValue()).isZero();
		}
	}

	@Test
	void aProcessKilledHoldingTheLockFreesIt() throws Exception {
		Path file = this.dir.resolve("start.lock");
		this.holder = holdInAnotherProcess(file, 600_000);

		this.holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

		Instant asked = Instant.now();
		try (StartLock lock = StartLock.acquire(file, "the test store", Duration.ofSeconds(10))) {
			assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(5));
		}
	}

	@Test
	void waitingLongerThanTheTimeoutSaysWhatToDo() throws Exception {
		Path file = this.dir.resolve("start.lock");
		this.holder = holdInAnotherProcess(file, 600_000);

		assertThatThrownBy(() -> StartLock.acquire(file, "Elasticsearch", Duration.ofSeconds(1)))
			.isInstanceOf(ServiceFailed.class)
			.hasMessageContaining("starting Elasticsearch for over 1 s")
			.hasMessageContaining("./luutru stop");
	}

	@Test
	void threadsOfOneProcessTakeTurns() throws Exception {
		Path file = this.dir.resolve("start.lock");
		StartLock first = StartLock.acquire(file, "the test store", Duration.ofSeconds(5));
		CompletableFuture<Instant> second = CompletableFuture.supplyAsync(() -> {
			try (StartLock lock = StartLock.acquire(file, "the test store", Duration.ofSeconds(10))) {
				return Instant.now();
			}
		});
		Thread.sleep(500);
		assertThat(second).isNotDone();
		Instant released = Instant.now();
		first.close();

		assertThat(second.get(10, TimeUnit.SECONDS)).isAfterOrEqualTo(released);
	}

	/** Starts a JVM that takes the lock, and returns once it holds it. */
	private static Process holdInAnotherProcess(Path file, long millis) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				StartLockHolder.class.getName(), file.toString(), Long.toString(millis))
			.redirectErrorStream(true)
			.start();
		BufferedReader output = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		for (String line = output.readLine(); line != null; line = output.readLine()) {
			if (line.equals("held")) {
				return process;
			}
		}
		throw new IllegalStateException("The other process ended without taking the lock");
	}

}
