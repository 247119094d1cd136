package vn.luutru.archive.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.luutru.archive.jobs.IngestRequests;
import vn.luutru.archive.watch.WatchedFolders.Arrival;

/**
 * Lists the watched folders every {@code luutru.watch.poll-interval} and hands the files
 * that have stopped changing to ingestion requests, in batches. Workers run it; every
 * worker may, but a round is taken by one process at a time (a PostgreSQL advisory lock
 * held for the round), so no file is requested twice however many run. A file counts as
 * complete once its size and modification time have not changed for
 * {@code luutru.watch.quiet-period}: it is always seen twice, so a file found at
 * start-up, copied while the archive was stopped, is taken on the next round after the
 * quiet period, and one still being written waits.
 */
public class FolderWatcher {

	/** Who the jobs page says asked for the watcher's jobs. */
	public static final String REQUESTED_BY = "thư mục theo dõi";

	private static final Logger log = LoggerFactory.getLogger(FolderWatcher.class);

	/** The advisory lock of a round: an arbitrary key no other lock uses. */
	private static final long ROUND_LOCK = 0x4c75757472750031L;

	private final WatchedFolders folders;

	private final IngestRequests requests;

	private final WatchProperties properties;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	/** What each file looked like when it was last seen changed, and when. */
	private final Map<Path, Seen> seen = new ConcurrentHashMap<>();

	private volatile CountDownLatch stopping = new CountDownLatch(1);

	FolderWatcher(WatchedFolders folders, IngestRequests requests, WatchProperties properties, JdbcClient jdbc,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.folders = folders;
		this.requests = requests;
		this.properties = properties;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** Starts watching in a thread of its own, unless watching is turned off. */
	public void start() {
		if (!this.properties.enabled()) {
			return;
		}
		CountDownLatch stop = new CountDownLatch(1);
		this.stopping = stop;
		Thread.ofPlatform().daemon().name("folder-watcher").start(() -> {
			do {
				try {
					round();
				}
				catch (RuntimeException ex) {
					// The database may be back by the next round.
					log.warn("Cannot look at the watched folders: {}", ex.getMessage());
				}
			}
			while (!await(stop, this.properties.pollInterval()));
		});
	}

	/** Stops after the current round. */
	public void stop() {
		this.stopping.countDown();
	}

	/**
	 * Looks at every watched folder once, unless another process is doing so.
	 * @return the requests recorded
	 */
	public int round() {
		Integer recorded = this.transactions.execute((status) -> {
			if (!this.jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(ROUND_LOCK).query(Boolean.class).single()) {
				return 0;
			}
			int count = 0;
			for (WatchedFolder folder : this.folders.all()) {
				count += look(folder);
			}
			return count;
		});
		return (recorded != null) ? recorded : 0;
	}

	private int look(WatchedFolder folder) {
		List<Arrival> listed;
		try {
			listed = Arrivals.list(folder.folder());
		}
		catch (IOException ex) {
			log.warn("Cannot list the watched folder {}: {}", folder.folder(), ex.toString());
			return 0;
		}
		Instant now = this.clock.instant();
		Set<Arrival> taken = this.folders.taken(folder.id());
		List<Arrival> ready = new ArrayList<>();
		for (Arrival file : listed) {
			if (taken.contains(file)) {
				this.seen.remove(file.path());
				continue;
			}
			Seen before = this.seen.get(file.path());
			if (before == null || before.size() != file.size() || !before.modified().equals(file.modified())) {
				this.seen.put(file.path(), new Seen(file.size(), file.modified(), now));
			}
			else if (file.size() > 0
					&& Duration.between(before.since(), now).compareTo(this.properties.quietPeriod()) >= 0) {
				ready.add(file);
			}
		}
		int count = 0;
		for (int from = 0; from < ready.size(); from += this.properties.maxFilesPerJob()) {
			List<Arrival> batch = ready.subList(from, Math.min(ready.size(), from + this.properties.maxFilesPerJob()));
			Optional<Long> request = this.requests.requestFiles(folder.folder(), REQUESTED_BY,
					batch.stream().map(Arrival::path).toList());
			if (request.isEmpty()) {
				// A job holds the folder: the rest waits for the next round after it.
				break;
			}
			this.folders.took(folder.id(), batch, request.get());
			batch.forEach((file) -> this.seen.remove(file.path()));
			log.info("Job {} ingests {} files that arrived in {}", request.get(), batch.size(), folder.folder());
			count++;
		}
		return count;
	}

	private static boolean await(CountDownLatch stop, Duration duration) {
		try {
			return stop.await(duration.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return true;
		}
	}

	private record Seen(long size, Instant modified, Instant since) {
	}

	/** Lists a folder's files as a job would read them, leaving out unfinished ones. */
	static final class Arrivals {

		private Arrivals() {
		}

		static List<Arrival> list(Path folder) throws IOException {
			List<Arrival> found = new ArrayList<>();
			try (var paths = Files.walk(folder)) {
				for (Path path : (Iterable<Path>) paths::iterator) {
					if (Files.isRegularFile(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)
							&& !unfinished(folder, path)) {
						found.add(new Arrival(path, Files.size(path), Files.getLastModifiedTime(path).toInstant()));
					}
				}
			}
			found.sort(java.util.Comparator.comparing(Arrival::path));
			return found;
		}

		/**
		 * Names copying tools give a file while they write it (and hidden files, which
		 * rsync writes to before renaming, and Office's lock files).
		 */
		static boolean unfinished(Path folder, Path path) {
			for (Path part : folder.relativize(path)) {
				String name = part.toString();
				if (name.startsWith(".") || name.startsWith("~$")) {
					return true;
				}
			}
			String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
			return name.endsWith(".part") || name.endsWith(".tmp") || name.endsWith(".partial")
					|| name.endsWith(".crdownload") || name.endsWith(".filepart");
		}

	}

}
