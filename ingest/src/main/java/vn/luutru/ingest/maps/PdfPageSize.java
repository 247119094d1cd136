package vn.luutru.ingest.maps;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The pixel size of a PDF page rendered at a resolution, read from its page box without
 * rendering anything, so the pixel limit is checked before a renderer allocates the page.
 */
final class PdfPageSize {

	private PdfPageSize() {
	}

	/**
	 * Width and height in pixels of the 1-based page at {@code dpi}, turned as displayed.
	 */
	static int[] of(Path pdf, int page, int dpi) throws IOException {
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(pdf.toFile()), "", null, null,
				IOUtils.createTempFileOnlyStreamCache())) {
			if (page < 1 || page > document.getNumberOfPages()) {
				throw new IOException("no page " + page + " in a document of " + document.getNumberOfPages());
			}
			return size(document.getPage(page - 1), dpi);
		}
	}

	/** The sizes of every page at {@code dpi}, in page order. */
	static java.util.List<int[]> all(Path pdf, int dpi) throws IOException {
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(pdf.toFile()), "", null, null,
				IOUtils.createTempFileOnlyStreamCache())) {
			java.util.List<int[]> sizes = new java.util.ArrayList<>();
			for (PDPage p : document.getPages()) {
				sizes.add(size(p, dpi));
			}
			return sizes;
		}
	}

	private static int[] size(PDPage p, int dpi) {
		PDRectangle box = p.getCropBox();
		long width = Math.round(box.getWidth() / 72.0 * dpi);
		long height = Math.round(box.getHeight() / 72.0 * dpi);
		boolean sideways = p.getRotation() % 180 != 0;
		return sideways ? new int[] { clamp(height), clamp(width) } : new int[] { clamp(width), clamp(height) };
	}

	private static int clamp(long pixels) {
		return (int) Math.min(Integer.MAX_VALUE, Math.max(0, pixels));
	}

}
