package vn.luutru.ingest.worker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

import vn.luutru.archive.jobs.FolderRefused;
import vn.luutru.archive.jobs.IngestRequest;
import vn.luutru.archive.jobs.IngestRequests;
import vn.luutru.ingest.jobs.IngestJobs;
import vn.luutru.ingest.jobs.JobNotStarted;
import vn.luutru.ingest.jobs.RunningJob;

/**
 * Claims ingestion requests and runs their jobs, {@code luutru.worker.jobs} at once,
 * until stopped; beats for each running job so the web server shows its progress. A
 * request whose worker stopped beating (killed, its machine gone) is taken over when this
 * worker starts and whenever it looks for work: its job is restarted where it stopped.
 *
 * <p>
 * While it runs, {@code <data-dir>/workers/<pid>.pid} holds its process id, for
 * {@code luutru stop} to find it; it is deleted when the worker stops normally.
 */
public final class Worker {

	private static final Logger log = LoggerFactory.getLogger(Worker.class);

	private final IngestJobs jobs;

	private final IngestRequests requests;

	private final WorkerProperties properties;

	private final Path pidFile;

	private final String name = name();

	private final CountDownLatch stopping = new CountDownLatch(1);

	private final List<Thread> threads = new ArrayList<>();

	private final Set<RunningJob> running = ConcurrentHashMap.newKeySet();

	public Worker(IngestJobs jobs, IngestRequests requests, WorkerProperties properties, Path dataDir) {
		this.jobs = jobs;
		this.requests = requests;
		this.properties = properties;
		this.pidFile = pidFile(dataDir, ProcessHandle.current().pid());
	}

	/** The pid file of a worker process under a data directory. */
	public static Path pidFile(Path dataDir, long pid) {
		return dataDir.resolve("workers").resolve(pid + ".pid");
	}

	/** This process's name as a worker: host and process id. */
	public static String name() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "localhost";
		}
		return host + ":" + ProcessHandle.current().pid();
	}

	/** Writes the pid file and starts polling; returns at once. */
	public synchronized void start() {
		try {
			Files.createDirectories(this.pidFile.getParent());
			Files.writeString(this.pidFile, Long.toString(ProcessHandle.current().pid()), StandardCharsets.US_ASCII);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the worker's pid file " + this.pidFile, ex);
		}
		log.info("Worker {} takes ingestion requests, {} at once", this.name, this.properties.jobs());
		for (int i = 1; i <= this.properties.jobs(); i++) {
			this.threads.add(Thread.ofPlatform().name("worker-" + i).start(this::poll));
		}
	}

	/**
	 * Stops taking requests, asks the running jobs to stop after their current file,
	 * waits up to {@code luutru.worker.shutdown-grace} for them, and deletes the pid
	 * file.
	 */
	public synchronized void stop() {
		this.stopping.countDown();
		this.running.forEach(this.jobs::stop);
		Instant deadline = Instant.now().plus(this.properties.shutdownGrace());
		for (Thread thread : this.threads) {
			try {
				// A duration of zero or less does not wait.
				if (!thread.join(Duration.between(Instant.now(), deadline))) {
					log.warn("A job of worker {} did not stop in time; it will show as abandoned", this.name);
					thread.interrupt();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		try {
			Files.deleteIfExists(this.pidFile);
		}
		catch (IOException ex) {
			log.warn("Cannot delete the worker's pid file {}", this.pidFile, ex);
		}
	}

	private void poll() {
		while (this.stopping.getCount() > 0) {
			Optional<IngestRequest> claimed = claim();
			if (claimed.isPresent()) {
				run(claimed.get());
			}
			else if (await(this.properties.pollInterval())) {
				return;
			}
		}
	}

	/**
	 * A request whose worker died comes first: it was asked for earlier than any still
	 * queued, and its job holds files half done.
	 */
	private Optional<IngestRequest> claim() {
		try {
			Optional<IngestRequest> orphan = this.requests.takeOver(this.name, this.properties.takeOverAfter());
			if (orphan.isPresent()) {
				log.warn("Worker {} takes over job {}, whose worker stopped beating", this.name, orphan.get().id());
				return orphan;
			}
			return this.requests.claim(this.name);
		}
		catch (DataAccessException ex) {
			log.warn("Cannot look for ingestion requests: {}", ex.getMessage());
			return Optional.empty();
		}
	}

	private void run(IngestRequest request) {
		log.info("Running job {}: {} (asked by {})", request.id(), request.folder(), request.requestedBy());
		RunningJob job;
		try {
			job = this.jobs.start(request);
		}
		catch (JobNotStarted ex) {
			if (ex.getCause() instanceof FolderRefused) {
				// Nothing went wrong in the worker: the request records why, for staff.
				log.warn("Job {} refused: {}", request.id(), ex.getMessage());
			}
			else {
				log.error("Job {} did not start", request.id(), ex);
			}
			return;
		}
		catch (DataAccessException ex) {
			log.error("Job {} did not start", request.id(), ex);
			return;
		}
		this.running.add(job);
		try {
			while (beat(job)) {
				Thread.sleep(this.properties.heartbeatInterval());
			}
			log.info("Job {} has ended", request.id());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.running.remove(job);
		}
	}

	private boolean beat(RunningJob job) {
		try {
			return this.jobs.heartbeat(job);
		}
		catch (DataAccessException ex) {
			// The database may be back by the next beat; the job itself decides whether
			// it can go on.
			log.warn("Cannot report on job {}: {}", job.requestId(), ex.getMessage());
			return true;
		}
	}

	/** Waits, unless the worker is stopping; whether it is. */
	private boolean await(Duration duration) {
		try {
			return this.stopping.await(duration.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return true;
		}
	}

}
