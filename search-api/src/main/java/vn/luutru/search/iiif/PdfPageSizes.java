package vn.luutru.search.iiif;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.luutru.archive.catalog.CatalogedDocument;
import vn.luutru.archive.storage.Derivatives;

/**
 * The pixel size of the pictures {@code GET /api/documents/{id}/pages/{n}/image} renders,
 * read from the PDF's page boxes without rendering: a manifest needs a size for every
 * canvas, and born-digital pages have none in the index. Follows the rule of
 * {@code documents.PageImages}: at most 1400 pixels wide, at most 2 pixels a point.
 */
@Component
class PdfPageSizes {

	private static final Logger log = LoggerFactory.getLogger(PdfPageSizes.class);

	private static final float MAX_WIDTH = 1400f;

	private final Derivatives derivatives;

	PdfPageSizes(Derivatives derivatives) {
		this.derivatives = derivatives;
	}

	/** The size of each page's picture, by page number; empty when there is no PDF. */
	Map<Integer, Size> sizes(CatalogedDocument document) {
		Optional<Path> pdf = pdf(document);
		if (pdf.isEmpty()) {
			return Map.of();
		}
		try (PDDocument loaded = Loader.loadPDF(new RandomAccessReadBufferedFile(pdf.get()), "", null, null,
				IOUtils.createTempFileOnlyStreamCache())) {
			Map<Integer, Size> sizes = new HashMap<>();
			for (int index = 0; index < loaded.getNumberOfPages(); index++) {
				PDPage page = loaded.getPage(index);
				float scale = Math.min(2f, MAX_WIDTH / page.getMediaBox().getWidth());
				PDRectangle box = page.getCropBox();
				int width = (int) Math.max(Math.floor(box.getWidth() * scale), 1);
				int height = (int) Math.max(Math.floor(box.getHeight() * scale), 1);
				boolean turned = page.getRotation() % 180 != 0;
				sizes.put(index + 1, turned ? new Size(height, width) : new Size(width, height));
			}
			return sizes;
		}
		catch (IOException ex) {
			log.warn("Document {}: cannot read the page sizes of {}: {}", document.id(), pdf.get(), ex.toString());
			return Map.of();
		}
	}

	/** Whether the document has a searchable PDF to render its pages from. */
	boolean hasPdf(CatalogedDocument document) {
		return pdf(document).isPresent();
	}

	/**
	 * The searchable PDF the page pictures are rendered from, as ArchiveDocuments finds
	 * it.
	 */
	private Optional<Path> pdf(CatalogedDocument document) {
		Path made = this.derivatives.searchablePdf(document.id());
		if (Files.isRegularFile(made)) {
			return Optional.of(made);
		}
		if (document.contentType().equals("application/pdf") && document.textSource().equals("text-layer")
				&& Files.isRegularFile(document.storedPath())) {
			return Optional.of(document.storedPath());
		}
		return Optional.empty();
	}

	/**
	 * A picture's size.
	 *
	 * @param width pixels
	 * @param height pixels
	 */
	record Size(int width, int height) {
	}

}
