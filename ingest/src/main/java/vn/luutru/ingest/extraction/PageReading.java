package vn.luutru.ingest.extraction;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;

import vn.luutru.archive.catalog.SetAsideKind;
import vn.luutru.ingest.intake.FingerprintedFile;
import vn.luutru.ingest.limits.Deadline;
import vn.luutru.ingest.metadata.FileMetadata;
import vn.luutru.ingest.ocr.OcrFailed;
import vn.luutru.ingest.limits.InputLimits;

/**
 * One file's pages read within their deadlines: each page's parsing and rendering on a
 * thread of the file's own, waited for at most {@code luutru.limits.page-timeout}, and
 * its OCR waited for as long; the whole file within {@code luutru.limits.file-timeout}.
 *
 * <p>
 * PDFBox and Tesseract cannot be interrupted: a page over its deadline is abandoned, and
 * its thread ends when the closed document fails under it. A page that will not render
 * sets its whole file aside (the document is no longer safe to use); a page whose OCR
 * will not end loses that page only.
 */
final class PageReading implements AutoCloseable {

	private final InputLimits limits;

	private final Deadline deadline;

	private @Nullable ExecutorService reader;

	PageReading(InputLimits limits, Deadline deadline) {
		this.limits = limits;
		this.deadline = deadline;
	}

	/** What reading a page gave. */
	sealed interface Read {

		/** The page's text, or why it could not be read. */
		record Text(PageText page) implements Read {
		}

		/** The page's image, to OCR. */
		record Image(BufferedImage image, int dpi) implements Read {
		}

		/** The page, or the file, ran out of time: the file is set aside for this. */
		record OverDeadline(String reason) implements Read {
		}

	}

	/**
	 * Runs one page's reading on the file's reader thread, within the deadlines.
	 * @throws IOException what the reading threw
	 * @throws Error an error the reading threw ({@link OutOfMemoryError}, …), for the
	 * caller to contain to the file
	 */
	Read read(int number, Callable<Read> work) throws IOException {
		if (this.deadline.passed()) {
			return new Read.OverDeadline(fileOverDeadline());
		}
		Future<Read> page = reader().submit(work);
		Duration timeout = this.deadline.remaining(this.limits.pageTimeout());
		try {
			return page.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			page.cancel(true);
			return new Read.OverDeadline(this.deadline.passed() ? fileOverDeadline()
					: "trang %d không đọc xong trong %s (luutru.limits.page-timeout): tệp được để riêng"
						.formatted(number, words(this.limits.pageTimeout())));
		}
		catch (InterruptedException ex) {
			page.cancel(true);
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while reading page " + number);
		}
		catch (ExecutionException ex) {
			throw rethrown(ex.getCause());
		}
	}

	/**
	 * A page's OCR, waited for within the deadlines: a page whose OCR is over time is
	 * recorded as failed; empty when the whole file is.
	 */
	Optional<PageText> await(int number, Future<PageText> page) {
		Duration timeout = this.deadline.remaining(this.limits.pageTimeout());
		try {
			return Optional.of(page.get(timeout.toNanos(), TimeUnit.NANOSECONDS));
		}
		catch (TimeoutException ex) {
			page.cancel(true);
			return this.deadline.passed() ? Optional.empty()
					: Optional.of(PageText.failed(number,
							"nhận dạng chữ (OCR) không xong trong %s (luutru.limits.page-timeout)"
								.formatted(words(this.limits.pageTimeout())),
							SetAsideKind.DEADLINE));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new OcrFailed("Interrupted while waiting for OCR", ex);
		}
		catch (ExecutionException ex) {
			// Done: rethrows the worker's failure as it was.
			return Optional.of(PageRecognition.await(page));
		}
	}

	/**
	 * The file's extraction once all its pages are read, in order: what they read, or the
	 * file set aside when it ran over its deadline meanwhile.
	 */
	Extraction collect(FingerprintedFile file, FileMetadata metadata, List<Future<PageText>> pages,
			@Nullable PageScans scans) {
		List<PageText> read = new ArrayList<>(pages.size());
		for (int i = 0; i < pages.size(); i++) {
			Optional<PageText> page = await(i + 1, pages.get(i));
			if (page.isEmpty()) {
				return new Extraction.Failed(file, fileOverDeadline(), SetAsideKind.DEADLINE);
			}
			read.add(page.get());
		}
		return new Extraction.Extracted(file, metadata, read, (scans != null) ? scans.folder() : null);
	}

	/** The reason a file over its deadline is set aside for. */
	String fileOverDeadline() {
		return "tệp không đọc xong trong %s (luutru.limits.file-timeout): để riêng, có thể thử lại khi tăng giới hạn"
			.formatted(words(this.limits.fileTimeout()));
	}

	private static String words(Duration duration) {
		if (duration.toMillis() < 1000) {
			return duration.toMillis() + " ms";
		}
		return (duration.toSeconds() < 120) ? duration.toSeconds() + " giây" : duration.toMinutes() + " phút";
	}

	private static RuntimeException rethrown(Throwable cause) throws IOException {
		if (cause instanceof IOException io) {
			throw io;
		}
		if (cause instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (cause instanceof Error error) {
			throw error;
		}
		return new IllegalStateException(cause);
	}

	private ExecutorService reader() {
		if (this.reader == null) {
			this.reader = Executors
				.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("pdf-page-reader-", 1).factory());
		}
		return this.reader;
	}

	@Override
	public void close() {
		if (this.reader != null) {
			this.reader.shutdownNow();
		}
	}

}
