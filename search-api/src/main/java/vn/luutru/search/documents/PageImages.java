package vn.luutru.search.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.stereotype.Service;

import vn.luutru.ingest.catalog.DocumentId;
import vn.luutru.ingest.indexing.Derivatives;
import vn.luutru.stores.ServicesProperties;

/**
 * A page of a document as a picture for the document page, rendered from its searchable
 * PDF (or its born-digital PDF) at a width that fits a screen. Its pixels are the page's
 * proportions, so hit boxes placed in fractions of the OCR image land in the right place.
 */
@Service
class PageImages {

	private static final float MAX_WIDTH = 1400f;

	// Wide enough for a result list's picture at twice a phone's pixel density.
	private static final float THUMBNAIL_WIDTH = 240f;

	private final ArchiveDocuments documents;

	private final Derivatives derivatives;

	PageImages(ArchiveDocuments documents, ServicesProperties services) {
		this.documents = documents;
		this.derivatives = new Derivatives(services.derivativesDir());
	}

	/**
	 * The page as a small JPEG for a list of search results: made from the searchable PDF
	 * the first time it is asked for and kept beside the document's other derivatives, so
	 * a result list costs one render per page ever, not per search.
	 * @throws DocumentNotFound when no document has this id, or it has no such page
	 * @throws NoSearchablePdf when it has no PDF to render from
	 */
	byte[] thumbnail(String id, int page) {
		Original pdf = this.documents.searchablePdf(id);
		Path kept = this.derivatives.thumbnail(DocumentId.of(id), page);
		try {
			if (Files.isRegularFile(kept)) {
				return Files.readAllBytes(kept);
			}
			byte[] jpeg = render(id, pdf, page, THUMBNAIL_WIDTH, 1f);
			Files.createDirectories(kept.getParent());
			// Two officers' first looks at once both render; the second move replaces
			// the first's identical file.
			Path partial = Files.createTempFile(kept.getParent(), kept.getFileName().toString(), ".partial");
			Files.write(partial, jpeg);
			Files.move(partial, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return jpeg;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep the thumbnail of page " + page + " of " + id, ex);
		}
	}

	/**
	 * The page as JPEG bytes.
	 * @throws DocumentNotFound when no document has this id, or it has no such page
	 * @throws NoSearchablePdf when it has no PDF to render from
	 */
	byte[] jpeg(String id, int page) {
		return render(id, this.documents.searchablePdf(id), page, MAX_WIDTH, 2f);
	}

	private static byte[] render(String id, Original pdf, int page, float width, float maxScale) {
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(pdf.file().getFile()), "", null,
				null, IOUtils.createTempFileOnlyStreamCache())) {
			if (page < 1 || page > document.getNumberOfPages()) {
				throw new DocumentNotFound(id, page, document.getNumberOfPages());
			}
			float widthPoints = document.getPage(page - 1).getMediaBox().getWidth();
			float scale = Math.min(maxScale, width / widthPoints);
			PDFRenderer renderer = new PDFRenderer(document);
			// A scan's JPEG is decoded at a fraction of its size where that is all the
			// picture needs: far less work for a thumbnail of a 300 dpi page.
			renderer.setSubsamplingAllowed(true);
			BufferedImage image = renderer.renderImage(page - 1, scale, ImageType.RGB);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			ImageIO.write(image, "jpeg", bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot render page " + page + " of " + id, ex);
		}
	}

}
