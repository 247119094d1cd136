package vn.luutru.archive.commands;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the archive's long-running processes leave their process ids, so that
 * {@code luutru stop} finds them from another terminal: the web server in
 * {@code <data-dir>/luutru.pid}, each worker in {@code <data-dir>/workers/<pid>.pid}.
 */
public final class PidFiles {

	private PidFiles() {
	}

	/** The web server's pid file. */
	public static Path server(Path dataDir) {
		return dataDir.resolve("luutru.pid");
	}

	/** The pid file of the worker process with this id. */
	public static Path worker(Path dataDir, long pid) {
		return workersDir(dataDir).resolve(pid + ".pid");
	}

	/** The pid files of the workers, whether or not their processes still run. */
	public static List<Path> workers(Path dataDir) {
		Path dir = workersDir(dataDir);
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".pid")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path workersDir(Path dataDir) {
		return dataDir.resolve("workers");
	}

}
