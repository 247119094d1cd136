package vn.luutru.ingest.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * How many pages a scan holds, read from its structure only (a PDF's page tree, a TIFF's
 * chain of frames), for the progress bar's "pages done of total". A file that cannot be
 * read counts as one page: reading it properly, later, sets it aside with the reason.
 */
final class PageCounts {

	private PageCounts() {
	}

	static int of(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		try {
			if (name.endsWith(".pdf")) {
				return pdf(file);
			}
			if (name.endsWith(".tif") || name.endsWith(".tiff")) {
				return tiff(file);
			}
		}
		catch (IOException | RuntimeException ex) {
			return 1;
		}
		return 1;
	}

	private static int pdf(Path file) throws IOException {
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
				IOUtils.createTempFileOnlyStreamCache())) {
			return Math.max(1, document.getNumberOfPages());
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
