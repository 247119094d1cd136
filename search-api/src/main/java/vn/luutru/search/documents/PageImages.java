package vn.luutru.search.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.stereotype.Service;

/**
 * A page of a document as a picture for the document page, rendered from its searchable
 * PDF (or its born-digital PDF) at a width that fits a screen. Its pixels are the page's
 * proportions, so hit boxes placed in fractions of the OCR image land in the right place.
 */
@Service
class PageImages {

	private static final float MAX_WIDTH = 1400f;

	private final ArchiveDocuments documents;

	PageImages(ArchiveDocuments documents) {
		this.documents = documents;
	}

	/**
	 * The page as JPEG bytes.
	 * @throws DocumentNotFound when no document has this id, or it has no such page
	 * @throws NoSearchablePdf when it has no PDF to render from
	 */
	byte[] jpeg(String id, int page) {
		Original pdf = this.documents.searchablePdf(id);
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(pdf.file().getFile()), "", null,
				null, IOUtils.createTempFileOnlyStreamCache())) {
			if (page < 1 || page > document.getNumberOfPages()) {
				throw new DocumentNotFound(id, page, document.getNumberOfPages());
			}
			float widthPoints = document.getPage(page - 1).getMediaBox().getWidth();
			float scale = Math.min(2f, MAX_WIDTH / widthPoints);
			BufferedImage image = new PDFRenderer(document).renderImage(page - 1, scale, ImageType.RGB);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			ImageIO.write(image, "jpeg", bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot render page " + page + " of " + id, ex);
		}
	}

}
