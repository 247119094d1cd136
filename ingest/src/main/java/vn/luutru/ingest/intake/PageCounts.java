package vn.luutru.ingest.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;

import vn.luutru.ingest.limits.InputLimits;
import vn.luutru.ingest.limits.PdfNesting;

/**
 * How many pages a scan holds, read from its structure only (a PDF's page tree, a TIFF's
 * chain of frames), for the progress bar's "pages done of total". A file that cannot be
 * read counts as one page: reading it properly, later, sets it aside with the reason. So
 * does one that claims more pages than the limit, or nests too deep to parse safely:
 * counting must never be what stops a batch. Public for the partitioning, which spreads
 * the pages of large files over the workers.
 */
public final class PageCounts {

	private PageCounts() {
	}

	/** The file's pages, or 1 when it cannot be counted safely. */
	public static int of(ScannedFile scanned, InputLimits limits) {
		if (scanned.refusal() != null) {
			return 1;
		}
		Path file = scanned.path();
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		try {
			if (name.endsWith(".pdf")) {
				return pdf(file, limits);
			}
			if (name.endsWith(".tif") || name.endsWith(".tiff")) {
				return within(tiff(file), limits);
			}
		}
		catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError ex) {
			// The file's own reading reports it.
			return 1;
		}
		return 1;
	}

	private static int within(int pages, InputLimits limits) {
		return (pages > limits.maxPagesPerFile()) ? 1 : pages;
	}

	private static int pdf(Path file, InputLimits limits) throws IOException {
		if (PdfNesting.deeperThan(file, limits.maxNesting())) {
			return 1;
		}
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
				limits.streamCache())) {
			return within(Math.max(1, document.getNumberOfPages()), limits);
		}
	}

	private static int tiff(Path file) throws IOException {
		try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
			Iterator<ImageReader> readers = (input != null) ? ImageIO.getImageReaders(input) : null;
			if (readers == null || !readers.hasNext()) {
				return 1;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, false, true);
				return Math.max(1, reader.getNumImages(true));
			}
			finally {
				reader.dispose();
			}
		}
	}

}
