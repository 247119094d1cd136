package vn.luutru.archive.process;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Held while one process starts an embedded store, so that the processes of one
 * installation started together (the server and workers after a crash, two workers at
 * once) start it once: the others wait, then find it running. It is the operating
 * system's lock on a file beside the store's data, so the process that dies holding it,
 * SIGKILL included, frees it.
 *
 * <p>
 * Thread-safe: the operating system grants the file's lock to a process, not to a thread,
 * so a lock per file within this JVM makes its threads take turns first.
 */
public final class StartLock implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(StartLock.class);

	private static final Map<Path, ReentrantLock> IN_THIS_PROCESS = new ConcurrentHashMap<>();

	private static final Duration POLL = Duration.ofMillis(200);

	private final ReentrantLock local;

	private final @Nullable FileChannel channel;

	private StartLock(ReentrantLock local, @Nullable FileChannel channel) {
		this.local = local;
		this.channel = channel;
	}

	/**
	 * Waits for the lock on this file, created when missing.
	 * @param what the store, for the messages ("Elasticsearch")
	 * @param timeout how long another process may take to start the store
	 * @throws ServiceFailed when the wait exceeds the timeout
	 */
	public static StartLock acquire(Path file, String what, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		ReentrantLock local = IN_THIS_PROCESS.computeIfAbsent(file.toAbsolutePath().normalize(),
				(key) -> new ReentrantLock());
		try {
			if (!local.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw timedOut(what, timeout);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ServiceFailed("Interrupted while waiting to start " + what, ex);
		}
		try {
			return new StartLock(local, lockFile(file, what, deadline, timeout));
		}
		catch (RuntimeException ex) {
			local.unlock();
			throw ex;
		}
	}

	private static @Nullable FileChannel lockFile(Path file, String what, Instant deadline, Duration timeout) {
		FileChannel channel;
		try {
			channel = open(file);
		}
		catch (IOException ex) {
			// A lock that cannot be had must not keep the store from starting: the
			// store's own lock still refuses a second start.
			log.warn("Starting {} without the start lock {}: {}", what, file, ex.getMessage());
			return null;
		}
		try {
			boolean waited = false;
			for (FileLock lock = channel.tryLock(); lock == null; lock = channel.tryLock()) {
				if (!waited) {
					log.info("Another process is starting {}; waiting for it", what);
					waited = true;
				}
				if (Instant.now().isAfter(deadline)) {
					throw timedOut(what, timeout);
				}
				Thread.sleep(POLL.toMillis());
			}
			return channel;
		}
		catch (IOException | RuntimeException ex) {
			close(channel);
			throw (ex instanceof ServiceFailed failed) ? failed
					: new ServiceFailed("Cannot lock " + file + " to start " + what + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			close(channel);
			Thread.currentThread().interrupt();
			throw new ServiceFailed("Interrupted while waiting to start " + what, ex);
		}
	}

	// Readable and writable by every user of the installation: the server and its
	// workers may run as different accounts.
	private static FileChannel open(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		if (!Files.exists(file)) {
			try {
				Files.createFile(file);
				// Set apart from creation, which the umask narrows.
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
			}
			catch (java.nio.file.FileAlreadyExistsException ex) {
				// created by another process meanwhile
			}
		}
		return FileChannel.open(file, StandardOpenOption.WRITE);
	}

	private static ServiceFailed timedOut(String what, Duration timeout) {
		return new ServiceFailed("Another process of this installation has been starting " + what + " for over "
				+ timeout.toSeconds() + " s; stop it (./luutru stop) or wait for it, then start again.");
	}

	/** Lets the next process start, or find started, the store. */
	@Override
	public void close() {
		try {
			if (this.channel != null) {
				close(this.channel);
			}
		}
		finally {
			this.local.unlock();
		}
	}

	// Closing the channel releases its lock.
	private static void close(FileChannel channel) {
		try {
			channel.close();
		}
		catch (IOException ex) {
			log.debug("Closing a start lock: {}", ex.getMessage());
		}
	}

}
