package vn.luutru.search.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.stereotype.Service;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.storage.Derivatives;

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

	private final PagePictureProperties budgets;

	PageImages(ArchiveDocuments documents, Derivatives derivatives, PagePictureProperties budgets) {
		this.documents = documents;
		this.derivatives = derivatives;
		this.budgets = budgets;
	}

	/**
	 * The page as a small JPEG for a list of search results.
	 * @throws DocumentNotFound when no document has this id, or it has no such page
	 * @throws NoSearchablePdf when it has no PDF to render from
	 */
	byte[] thumbnail(String id, int page) {
		Original pdf = this.documents.searchablePdf(id);
		return kept(this.derivatives.thumbnail(DocumentId.of(id), page), pdf,
				() -> render(id, pdf, page, THUMBNAIL_WIDTH, 1f, this.budgets.thumbnailMaxPixels()));
	}

	/**
	 * The page as JPEG bytes, at most {@value #MAX_WIDTH} pixels wide.
	 * @throws DocumentNotFound when no document has this id, or it has no such page
	 * @throws NoSearchablePdf when it has no PDF to render from
	 */
	byte[] jpeg(String id, int page) {
		Original pdf = this.documents.searchablePdf(id);
		return kept(this.derivatives.pagePicture(DocumentId.of(id), page), pdf,
				() -> render(id, pdf, page, MAX_WIDTH, 2f, this.budgets.maxPixels()));
	}

	/**
	 * A picture made the first time it is asked for and kept beside the document's other
	 * derivatives: a page is rendered once, not each time someone looks at it. A PDF made
	 * again since (pages OCR'd again) makes the picture again.
	 */
	private static byte[] kept(Path file, Original pdf, Supplier<byte[]> make) {
		try {
			if (Files.isRegularFile(file) && Files.getLastModifiedTime(file)
				.compareTo(Files.getLastModifiedTime(pdf.file().getFile().toPath())) >= 0) {
				return Files.readAllBytes(file);
			}
			byte[] jpeg = make.get();
			Files.createDirectories(file.getParent());
			// Two first looks at once both render; the second move replaces the first's
			// identical file.
			Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".partial");
			Files.write(partial, jpeg);
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return jpeg;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep " + file.getFileName(), ex);
		}
	}

	private static byte[] render(String id, Original pdf, int page, float width, float maxScale, long maxPixels) {
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(pdf.file().getFile()), "", null,
				null, IOUtils.createTempFileOnlyStreamCache())) {
			if (page < 1 || page > document.getNumberOfPages()) {
				throw new DocumentNotFound(id, page, document.getNumberOfPages());
			}
			BufferedImage image = picture(document, page, width, maxScale, maxPixels);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			ImageIO.write(image, "jpeg", bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot render page " + page + " of " + id, ex);
		}
	}

	/**
	 * One page rendered to fit the width asked for and the pixel budget, whatever size
	 * its box claims.
	 */
	static BufferedImage picture(PDDocument document, int page, float width, float maxScale, long maxPixels)
			throws IOException {
		PDPage pdfPage = document.getPage(page - 1);
		PDRectangle box = pdfPage.getCropBox();
		boolean sideways = pdfPage.getRotation() % 180 != 0;
		float scale = PictureScale.of(sideways ? box.getHeight() : box.getWidth(),
				sideways ? box.getWidth() : box.getHeight(), width, maxScale, maxPixels);
		PDFRenderer renderer = new PDFRenderer(document);
		// A scan's JPEG is decoded at a fraction of its size where that is all the
		// picture needs: far less work for a thumbnail of a 300 dpi page.
		renderer.setSubsamplingAllowed(true);
		return renderer.renderImage(page - 1, scale, ImageType.RGB);
	}

}
