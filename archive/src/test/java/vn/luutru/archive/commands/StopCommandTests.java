package vn.luutru.archive.commands;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code stop} ends the worker processes and the server of a data directory (found by
 * their pid files) before the stores; stale pid files are cleared.
 */
class StopCommandTests {

	@TempDir
	Path dataDir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final List<Process> started = new java.util.ArrayList<>();

	@AfterEach
	void killLeftovers() {
		this.started.forEach(Process::destroyForcibly);
	}

	@Test
	void workersAndTheServerAreStoppedAndTheirPidFilesCleared() throws Exception {
		Process worker1 = sleeper();
		Process worker2 = sleeper();
		Process server = sleeper();
		write(PidFiles.worker(this.dataDir, worker1.pid()), worker1.pid());
		write(PidFiles.worker(this.dataDir, worker2.pid()), worker2.pid());
		write(PidFiles.server(this.dataDir), server.pid());

		ExitStatus status = stop();

		assertThat(status).isEqualTo(ExitStatus.DONE);
		assertThat(worker1.waitFor(5, TimeUnit.SECONDS)).isTrue();
		assertThat(worker2.waitFor(5, TimeUnit.SECONDS)).isTrue();
		assertThat(server.waitFor(5, TimeUnit.SECONDS)).isTrue();
		assertThat(PidFiles.workers(this.dataDir)).isEmpty();
		assertThat(output()).contains("Đã dừng máy xử lý (pid " + worker1.pid() + ")",
				"Đã dừng máy xử lý (pid " + worker2.pid() + ")", "Đã dừng máy chủ Lưu trữ (pid " + server.pid() + ")");
		assertThat(output().indexOf("máy xử lý")).isLessThan(output().indexOf("máy chủ"));
	}

	@Test
	void aPidFileOfAProcessThatIsGoneIsRemovedQuietly() throws Exception {
		write(PidFiles.worker(this.dataDir, Long.MAX_VALUE - 1), Long.MAX_VALUE - 1);
		assertThat(stop()).isEqualTo(ExitStatus.DONE);
		assertThat(PidFiles.workers(this.dataDir)).isEmpty();
		assertThat(output()).doesNotContain("máy xử lý");
	}

	@Test
	void nothingRunningIsSaidAndIsNoFailure() {
		assertThat(stop()).isEqualTo(ExitStatus.DONE);
		assertThat(output()).contains("Không có tiến trình Lưu trữ nào đang chạy với " + this.dataDir.toAbsolutePath());
	}

	@Test
	void aWorkerPidFileIsNamedForItsProcess() {
		assertThat(PidFiles.worker(this.dataDir, 4242)).isEqualTo(this.dataDir.resolve("workers/4242.pid"));
		assertThat(PidFiles.server(this.dataDir)).isEqualTo(this.dataDir.resolve("luutru.pid"));
	}

	private ExitStatus stop() {
		CommandLine line = new CommandLine("stop", List.of(), List.of("--luutru.data-dir=" + this.dataDir));
		return new StopCommand(new PrintStream(this.out, true, StandardCharsets.UTF_8)).run(line);
	}

	private String output() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private Process sleeper() throws IOException {
		Process process = new ProcessBuilder("sleep", "60").start();
		this.started.add(process);
		return process;
	}

	private static void write(Path pidFile, long pid) throws IOException {
		Files.createDirectories(pidFile.getParent());
		Files.writeString(pidFile, Long.toString(pid));
	}

}
