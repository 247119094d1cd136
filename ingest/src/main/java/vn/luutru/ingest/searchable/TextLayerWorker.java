package vn.luutru.ingest.searchable;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.luutru.archive.corrections.TextLayerRequests;

/**
 * Takes the searchable PDFs whose text layer an officer's correction made stale and
 * rebuilds them, one at a time beside the worker's jobs. Idle, it looks every poll
 * interval, doubling the wait up to a minute while nothing comes and after a failure, so
 * a quiet or broken database is not hammered.
 */
public final class TextLayerWorker implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(TextLayerWorker.class);

	private static final Duration MAX_WAIT = Duration.ofMinutes(1);

	/** A claim older than this is a dead worker's: rebuilding a PDF takes seconds. */
	private static final Duration TAKE_OVER_AFTER = Duration.ofMinutes(10);

	private final TextLayerRequests requests;

	private final TextLayers layers;

	private final Duration poll;

	private final String name;

	private final CountDownLatch stopping = new CountDownLatch(1);

	private @Nullable Thread thread;

	public TextLayerWorker(TextLayerRequests requests, TextLayers layers, Duration poll, String name) {
		this.requests = requests;
		this.layers = layers;
		this.poll = poll;
		this.name = name;
	}

	/** Starts looking for requests; returns at once. */
	public synchronized void start() {
		this.thread = Thread.ofPlatform().name("text-layers").daemon().start(this::run);
	}

	private void run() {
		Duration wait = this.poll;
		while (this.stopping.getCount() > 0) {
			wait = once() ? this.poll : min(wait.multipliedBy(2), MAX_WAIT);
			try {
				if (this.stopping.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
					return;
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** Rebuilds one requested PDF; whether there was one and it went well. */
	boolean once() {
		Optional<TextLayerRequests.Claimed> claimed;
		try {
			claimed = this.requests.claim(this.name, TAKE_OVER_AFTER);
		}
		catch (RuntimeException ex) {
			log.warn("Cannot look for text layers to rebuild: {}", ex.getMessage());
			return false;
		}
		if (claimed.isEmpty()) {
			return false;
		}
		try {
			this.layers.rebuild(claimed.get().documentId());
			this.requests.done(claimed.get());
			return true;
		}
		catch (Exception ex) {
			// Left claimed: taken again once the claim is old, after whatever broke is
			// fixed.
			log.error("Cannot rebuild the text layer of {}", claimed.get().documentId().value(), ex);
			return false;
		}
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	@Override
	public void close() {
		this.stopping.countDown();
		Thread running = this.thread;
		if (running != null) {
			try {
				running.join(Duration.ofSeconds(30));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
