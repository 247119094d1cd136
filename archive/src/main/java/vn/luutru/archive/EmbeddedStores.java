package vn.luutru.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.luutru.archive.postgres.EmbeddedPostgres;
import vn.luutru.archive.postgres.PostgresProperties;
import vn.luutru.archive.process.ServiceUser;

/**
 * Stops the embedded stores of a data directory from outside the process that started
 * them ({@code luutru stop}), without starting anything.
 */
public final class EmbeddedStores {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedStores.class);

	private EmbeddedStores() {
	}

	/**
	 * Stops the embedded Elasticsearch node and PostgreSQL server kept under a data
	 * directory, if running.
	 * @return what was stopped, for the user
	 */
	public static List<String> stop(ServicesProperties services, PostgresProperties postgres) {
		List<String> stopped = new java.util.ArrayList<>();
		pid(services.dataDir().resolve("elasticsearch/run/elasticsearch.pid")).ifPresent((pid) -> {
			terminate(pid);
			stopped.add("Elasticsearch (pid " + pid + ")");
		});
		if (EmbeddedPostgres.stopAt(services.dataDir(), postgres.embedded(),
				ServiceUser.forCurrentProcess(services.serviceUser()))) {
			stopped.add("PostgreSQL");
		}
		return stopped;
	}

	/** Terminates a process and waits up to a minute for it to exit. */
	public static void terminate(long pid) {
		ProcessHandle.of(pid).ifPresent((process) -> {
			process.destroy();
			try {
				process.onExit().get(60, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				log.warn("Process {} did not stop within 60 s; killing it", pid);
				process.destroyForcibly();
			}
		});
	}

	/** The live process whose id a pid file holds. */
	public static Optional<Long> pid(Path pidFile) {
		try {
			long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).strip());
			return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
