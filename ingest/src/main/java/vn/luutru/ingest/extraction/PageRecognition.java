package vn.luutru.ingest.extraction;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.luutru.archive.catalog.SetAsideKind;
import vn.luutru.archive.jobs.OcrPageTimes;
import vn.luutru.ingest.ocr.OcrFailed;
import vn.luutru.ingest.ocr.RecognizedPage;
import vn.luutru.ingest.ocr.TesseractUnavailable;
import vn.luutru.ingest.ocr.TextRecognizer;
import vn.luutru.archive.index.ArchiveEntry.PageImage;

/**
 * OCR of page images on a pool of workers, each with its own recogniser as the
 * recogniser's contract requires: the page, not the document, is the unit of parallel
 * work, so a 300-page report keeps every core busy. Pages are rendered by the caller
 * (PDFBox documents are not thread-safe) and at most twice as many pages as there are
 * workers wait in memory. The pool and all recognisers are closed together when the step
 * that used them ends.
 */
public class PageRecognition implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(PageRecognition.class);

	private final AtomicLong pagesDone = new AtomicLong();

	private final AtomicLong ocrPages = new AtomicLong();

	private final AtomicLong ocrNanos = new AtomicLong();

	private final AtomicLongArray ocrPagesPerBucket = new AtomicLongArray(OcrPageTimes.none().length);

	private final Supplier<TextRecognizer> recognizers;

	private final int dpi;

	private final ExecutorService workers;

	private final Semaphore inFlight;

	private final List<TextRecognizer> created = new ArrayList<>();

	private final ThreadLocal<TextRecognizer> perThread = ThreadLocal.withInitial(this::create);

	/**
	 * Creates the OCR of one step execution.
	 * @param recognizers makes a new recogniser (called once per worker thread)
	 * @param dpi the resolution PDF pages are rendered at for OCR
	 * @param workers pages OCR'd at once
	 */
	public PageRecognition(Supplier<TextRecognizer> recognizers, int dpi, int workers) {
		this.recognizers = recognizers;
		this.dpi = dpi;
		this.workers = Executors.newFixedThreadPool(workers, Thread.ofPlatform().name("ocr-", 1).factory());
		this.inFlight = new Semaphore(2 * workers);
		// Loading a Tesseract model takes a few tenths of a second: each worker loads its
		// own while the step opens its first file and decodes its first page, not after.
		// A fixed pool starts a thread of its own for each of its first tasks.
		for (int i = 0; i < workers; i++) {
			this.workers.execute(this::warmUp);
		}
	}

	private void warmUp() {
		try {
			this.perThread.get();
		}
		catch (RuntimeException ex) {
			// The first page on this worker tries again and reports it.
			log.debug("Could not prepare an OCR engine in advance", ex);
		}
	}

	/** The resolution PDF pages are rendered at for OCR. */
	int dpi() {
		return this.dpi;
	}

	/**
	 * Queues one page image for OCR; blocks while too many pages wait.
	 * @return the page's text, when done
	 */
	Future<PageText> submit(int number, BufferedImage image, int imageDpi) {
		return submit(number, image, imageDpi, null);
	}

	/**
	 * Queues one page image for OCR, keeping the upright image among the document's scans
	 * when they are kept; blocks while too many pages wait.
	 * @return the page's text, when done
	 */
	Future<PageText> submit(int number, BufferedImage image, int imageDpi, @Nullable PageScans scans) {
		this.inFlight.acquireUninterruptibly();
		try {
			return this.workers.submit(() -> {
				try {
					return recognize(number, image, imageDpi, scans);
				}
				finally {
					this.inFlight.release();
				}
			});
		}
		catch (RuntimeException ex) {
			this.inFlight.release();
			throw ex;
		}
	}

	/** Waits for a queued page; a worker's failure is rethrown as it was. */
	public static <T> T await(Future<T> page) {
		try {
			return page.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new OcrFailed("Interrupted while waiting for OCR", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new OcrFailed("OCR failed: " + ex.getCause(), ex);
		}
	}

	/** Pages read so far, by OCR or from a text layer. */
	long pagesDone() {
		return this.pagesDone.get();
	}

	/** Whole pages OCR'd so far (not the regions of a map). */
	long ocrPages() {
		return this.ocrPages.get();
	}

	/** The time OCR took on those pages, each on its own thread, in nanoseconds. */
	long ocrNanos() {
		return this.ocrNanos.get();
	}

	/** Those pages by bucket of their OCR seconds ({@link OcrPageTimes#BOUNDS}). */
	long[] ocrPagesPerBucket() {
		long[] pages = new long[this.ocrPagesPerBucket.length()];
		for (int i = 0; i < pages.length; i++) {
			pages[i] = this.ocrPagesPerBucket.get(i);
		}
		return pages;
	}

	/** Counts a page whose text came without OCR. */
	public void countPage() {
		this.pagesDone.incrementAndGet();
	}

	/**
	 * Queues one region of a tiled map for OCR, read upright (no orientation detection);
	 * blocks while too many pages or regions wait, so the caller decodes the next region
	 * only when there is room for it. Regions are not counted as pages.
	 * @param number the page the region belongs to, for the log
	 * @param done run on the worker once the region is read (or failed), when its pixels
	 * are no longer needed
	 * @return what OCR read, or why it failed twice
	 */
	public Future<RegionText> submitRegion(int number, BufferedImage region, int imageDpi, Runnable done) {
		this.inFlight.acquireUninterruptibly();
		try {
			return this.workers.submit(() -> {
				try {
					return twice("a region of page " + number,
							() -> new RegionText(this.perThread.get().recognizeUpright(region, imageDpi), null),
							(failed) -> RegionText.failed("nhận dạng chữ (OCR) lỗi hai lần: " + failed.getMessage()));
				}
				finally {
					// The region counts as gone before its slot is free for the next one.
					done.run();
					this.inFlight.release();
				}
			});
		}
		catch (RuntimeException ex) {
			done.run();
			this.inFlight.release();
			throw ex;
		}
	}

	/**
	 * Reads one page; the page is recorded as failed when OCR fails twice, and the other
	 * pages go on.
	 */
	private PageText recognize(int number, BufferedImage image, int imageDpi, @Nullable PageScans scans) {
		try {
			return twice("page " + number, () -> read(number, image, imageDpi, scans), (failed) -> PageText
				.failed(number, "nhận dạng chữ (OCR) lỗi hai lần: " + failed.getMessage(), SetAsideKind.OTHER));
		}
		finally {
			this.pagesDone.incrementAndGet();
		}
	}

	/**
	 * One reading; when OCR fails, once more on a fresh engine (a native engine that
	 * failed may be left in a bad state), then what {@code failedTwice} makes of the
	 * second failure. A missing Tesseract or model fails every page alike, so it stops
	 * the job instead.
	 */
	private <T> T twice(String what, Supplier<T> read, Function<RuntimeException, T> failedTwice) {
		try {
			return read.get();
		}
		catch (TesseractUnavailable ex) {
			throw ex;
		}
		catch (RuntimeException first) {
			log.warn("OCR of {} failed ({}); trying once more with a fresh engine", what, first.toString());
			replaceThisThreadsRecognizer();
			try {
				return read.get();
			}
			catch (TesseractUnavailable ex) {
				throw ex;
			}
			catch (RuntimeException second) {
				return failedTwice.apply(second);
			}
		}
	}

	private void replaceThisThreadsRecognizer() {
		TextRecognizer broken = this.perThread.get();
		this.perThread.remove();
		synchronized (this.created) {
			this.created.remove(broken);
		}
		try {
			broken.close();
		}
		catch (RuntimeException ex) {
			log.debug("Closing a failed recogniser failed too", ex);
		}
	}

	private PageText read(int number, BufferedImage image, int imageDpi, @Nullable PageScans scans) {
		long started = System.nanoTime();
		RecognizedPage page = this.perThread.get().recognize(image, imageDpi);
		long took = System.nanoTime() - started;
		this.ocrNanos.addAndGet(took);
		this.ocrPagesPerBucket.incrementAndGet(OcrPageTimes.bucket(took));
		this.ocrPages.incrementAndGet();
		String text = page.text().strip();
		TextSource source = text.isEmpty() ? TextSource.NONE : TextSource.OCR;
		boolean sideways = page.rotation() % 180 != 0;
		PageImage read = new PageImage(sideways ? image.getHeight() : image.getWidth(),
				sideways ? image.getWidth() : image.getHeight(), page.dpi(), page.rotation(), page.skew());
		Path scan = (scans != null) ? scans.keep(number, image, page.rotation()) : null;
		return new PageText(number, text, source, page.meanConfidence(), page.hocr().isEmpty() ? null : page.hocr(),
				read, null, scan);
	}

	private TextRecognizer create() {
		TextRecognizer recognizer = this.recognizers.get();
		synchronized (this.created) {
			this.created.add(recognizer);
		}
		return recognizer;
	}

	@Override
	public void close() {
		this.workers.shutdown();
		try {
			if (!this.workers.awaitTermination(5, TimeUnit.MINUTES)) {
				this.workers.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			this.workers.shutdownNow();
			Thread.currentThread().interrupt();
		}
		synchronized (this.created) {
			for (TextRecognizer recognizer : this.created) {
				recognizer.close();
			}
			this.created.clear();
		}
	}

}
