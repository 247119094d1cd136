package vn.luutru.ingest.extraction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.luutru.ingest.limits.Deadline;
import vn.luutru.ingest.limits.InputLimits;

/**
 * OCR of one range of a large PDF's pages or multi-page TIFF's frames, for whichever
 * worker assembles the file: each page that needs OCR is read as the file's own reading
 * would read it ({@link PdfPages}, {@link ImageFrames}) and kept in {@link SharedPages}
 * as soon as it is read, so a worker that dies loses only the pages it was on. Pages
 * already kept (by a worker that died mid-range) are skipped; pages with a usable text
 * layer are left to the assembling worker, which reads them in a moment. A file that
 * cannot be opened is left to it too: it sets the file aside with the reason.
 */
public final class PageRanges {

	private static final Logger log = LoggerFactory.getLogger(PageRanges.class);

	private final PageRecognition recognition;

	private final PdfPages pdfPages;

	private final ImageFrames imageFrames;

	private final InputLimits limits;

	private final SharedPages shared;

	private final PagesInProgress inProgress;

	/**
	 * @param largeFrames tells the TIFF frames too large to read whole, left to the
	 * assembling worker, which reads them region by region
	 * @param inProgress where the OCR time of the pages read goes, as a file's does
	 */
	public PageRanges(PageRecognition recognition, ExtractionProperties properties, InputLimits limits,
			LargeFrames largeFrames, SharedPages shared, PagesInProgress inProgress) {
		this.inProgress = inProgress;
		this.recognition = recognition;
		this.pdfPages = new PdfPages(recognition, properties, limits);
		this.imageFrames = new ImageFrames(properties, largeFrames);
		this.limits = limits;
		this.shared = shared;
	}

	/**
	 * Reads pages {@code first} to {@code last} of the PDF or TIFF, those not kept yet.
	 * @return how many pages this call OCR'd and kept
	 * @throws IOException when the file cannot be read
	 */
	public int read(Path file, String sha256, int first, int last) throws IOException {
		try {
			return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")
					? readPages(file, sha256, first, last) : readFrames(file, sha256, first, last);
		}
		finally {
			this.inProgress.ocrRead(this.recognition.ocrPages(), this.recognition.ocrNanos(),
					this.recognition.ocrPagesPerBucket());
		}
	}

	private int readPages(Path pdf, String sha256, int first, int last) throws IOException {
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(pdf.toFile()), "", null, null,
				this.limits.streamCache());
				PageReading reading = new PageReading(this.limits, Deadline.in(this.limits.fileTimeout()))) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			PDFRenderer renderer = new PDFRenderer(document);
			return readRange(reading, pdf, sha256, first, Math.min(last, document.getNumberOfPages()),
					(page) -> this.pdfPages.page(document, stripper, renderer, page));
		}
	}

	private int readFrames(Path tiff, String sha256, int first, int last) throws IOException {
		try (ImageInputStream input = ImageIO.createImageInputStream(tiff.toFile());
				PageReading reading = new PageReading(this.limits, Deadline.in(this.limits.fileTimeout()))) {
			ImageReader reader = (input != null) ? ImageFrames.readerFor(input) : null;
			if (reader == null) {
				return 0;
			}
			try {
				reader.setInput(input, false, false);
				int frames = reader.getNumImages(true);
				if (frames > this.limits.maxPagesPerFile()) {
					return 0;
				}
				return readRange(reading, tiff, sha256, first, Math.min(last, frames),
						(page) -> this.imageFrames.forSharing(reader, page - 1));
			}
			finally {
				reader.dispose();
			}
		}
	}

	/**
	 * Reads pages {@code first} to {@code last} not kept yet, one at a time, while the
	 * ones read are OCR'd side by side, and keeps each as soon as it and those before it
	 * are done.
	 */
	private int readRange(PageReading reading, Path file, String sha256, int first, int last, PageSource source)
			throws IOException {
		Set<Integer> kept = this.shared.kept(sha256);
		Deque<Pending> pending = new ArrayDeque<>();
		int read = 0;
		for (int number = first; number <= last; number++) {
			int page = number;
			if (kept.contains(page)) {
				continue;
			}
			PageReading.Read one = reading.read(page, () -> source.read(page));
			if (one instanceof PageReading.Read.OverDeadline) {
				break;
			}
			if (one instanceof PageReading.Read.Image image) {
				pending.add(new Pending(page, this.recognition.submit(page, image.image(), image.dpi())));
			}
			read += keepDone(reading, pending, sha256, file, false);
		}
		return read + keepDone(reading, pending, sha256, file, true);
	}

	/** Keeps the pages read so far, in order; all of them, waiting, when {@code all}. */
	private int keepDone(PageReading reading, Deque<Pending> pending, String sha256, Path pdf, boolean all) {
		int kept = 0;
		while (!pending.isEmpty() && (all || pending.peekFirst().text().isDone())) {
			Pending next = pending.removeFirst();
			Optional<PageText> page = reading.await(next.number(), next.text());
			if (page.isEmpty()) {
				// The file is over its deadline: the assembling worker sets it aside.
				pending.forEach((left) -> left.text().cancel(true));
				pending.clear();
				return kept;
			}
			this.shared.keep(sha256, page.get());
			log.info("OCR'd page {} of {} for the pages shared across workers", page.get().number(), pdf);
			kept++;
		}
		return kept;
	}

	/** A page submitted for OCR. */
	private record Pending(int number, Future<PageText> text) {
	}

	/** How one page of the file is read, on the thread that reads the file. */
	@FunctionalInterface
	private interface PageSource {

		PageReading.Read read(int page) throws Exception;

	}

}
