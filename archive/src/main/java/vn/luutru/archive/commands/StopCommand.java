package vn.luutru.archive.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import vn.luutru.archive.EmbeddedStores;
import vn.luutru.archive.ServicesProperties;
import vn.luutru.archive.postgres.PostgresProperties;

/**
 * {@code luutru stop}: stops what runs on a data directory, in the order that loses
 * nothing: the workers first (a job they were running is left to be resumed), then the
 * web server, then the embedded stores, which either may still have been using. Starts no
 * Spring context, so it works whatever state the stores are in.
 */
public final class StopCommand {

	private static final long GRACE_SECONDS = 60;

	private final PrintStream out;

	public StopCommand(PrintStream out) {
		this.out = out;
	}

	/**
	 * Stops the processes of the data directory the options name.
	 * @return {@link ExitStatus#DONE}, also when nothing was running
	 */
	public ExitStatus run(CommandLine line) {
		ServicesProperties services = line.bind("luutru", ServicesProperties.class);
		Path dataDir = services.dataDir();
		List<String> stopped = new ArrayList<>();
		stopped.addAll(terminate("máy xử lý", PidFiles.workers(dataDir)));
		stopped.addAll(terminate("máy chủ Lưu trữ", List.of(PidFiles.server(dataDir))));
		EmbeddedStores.stop(services, line.bind("luutru.postgres", PostgresProperties.class))
			.forEach((store) -> stopped.add(store + " (nhúng)"));
		stopped.forEach((what) -> this.out.println("Đã dừng " + what));
		if (stopped.isEmpty()) {
			this.out.println("Không có tiến trình Lưu trữ nào đang chạy với " + dataDir.toAbsolutePath());
		}
		return ExitStatus.DONE;
	}

	/**
	 * Asks every process to stop at once (they shut down side by side), then waits for
	 * each, killing one that outlasts the grace period; removes the pid files.
	 */
	private List<String> terminate(String what, List<Path> pidFiles) {
		List<ProcessHandle> running = new ArrayList<>();
		for (Path pidFile : pidFiles) {
			EmbeddedStores.pid(pidFile).flatMap(ProcessHandle::of).ifPresent(running::add);
		}
		running.forEach(ProcessHandle::destroy);
		List<String> stopped = new ArrayList<>();
		for (ProcessHandle process : running) {
			await(process);
			stopped.add(what + " (pid " + process.pid() + ")");
		}
		pidFiles.forEach(StopCommand::delete);
		return stopped;
	}

	private static void await(ProcessHandle process) {
		try {
			process.onExit().get(GRACE_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			process.destroyForcibly();
		}
	}

	private static void delete(Path pidFile) {
		try {
			Files.deleteIfExists(pidFile);
		}
		catch (IOException ex) {
			// A pid file left behind names no live process; the next stop skips it.
		}
	}

}
