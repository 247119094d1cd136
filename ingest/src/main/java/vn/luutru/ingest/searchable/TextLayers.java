package vn.luutru.ingest.searchable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.hocr.HocrWords;
import vn.luutru.archive.storage.Derivatives;
import vn.luutru.archive.storage.Durable;
import vn.luutru.archive.storage.StoredFiles;

/**
 * Rebuilds the invisible text layer of a document's searchable PDF from its stored hOCR,
 * once an officer corrected a page: every OCR'd page is drawn again as its own image with
 * the words of its hOCR laid over it, exactly as {@link SearchablePdf} first drew it; the
 * pages' images are reused as they are, never decoded or compressed again. The file is
 * replaced whole and recorded with its new checksum. Not thread-safe per document: the
 * queue gives each document to one worker at a time.
 */
public final class TextLayers {

	private static final Logger log = LoggerFactory.getLogger(TextLayers.class);

	private final Derivatives derivatives;

	private final StoredFiles storedFiles;

	private final Path fontFile;

	public TextLayers(Derivatives derivatives, StoredFiles storedFiles, SearchablePdfProperties properties) {
		this.derivatives = derivatives;
		this.storedFiles = storedFiles;
		this.fontFile = properties.font();
	}

	/**
	 * Rebuilds the text layer of every OCR'd page.
	 * @return how many pages were rebuilt; 0 when the document has no searchable PDF
	 */
	public int rebuild(DocumentId id) throws IOException {
		Path target = this.derivatives.searchablePdf(id);
		if (!Files.isRegularFile(target)) {
			return 0;
		}
		Path partial = Durable.partialFor(target);
		try {
			int rebuilt = 0;
			try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(target.toFile()), "", null, null,
					IOUtils.createTempFileOnlyStreamCache())) {
				PDType0Font font = PDType0Font.load(document, this.fontFile.toFile());
				for (int number = 1; number <= document.getNumberOfPages(); number++) {
					Path hocr = this.derivatives.hocr(id, number);
					if (Files.isRegularFile(hocr) && redraw(document, document.getPage(number - 1), font,
							Files.readString(hocr, StandardCharsets.UTF_8))) {
						rebuilt++;
					}
				}
				document.save(partial.toFile());
			}
			Durable.publish(partial, target);
			this.storedFiles.record(id, target);
			log.info("Rebuilt the text layer of {} page(s) of {}", rebuilt, id.value());
			return rebuilt;
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	private static boolean redraw(PDDocument document, PDPage page, PDType0Font font, String hocr) throws IOException {
		PDImageXObject image = image(page);
		if (image == null) {
			return false;
		}
		PDRectangle size = page.getMediaBox();
		int[] pixels = SearchablePdf.pixelFrame(hocr, image.getWidth(), image.getHeight());
		float scale = size.getWidth() / pixels[0];
		try (PDPageContentStream content = new PDPageContentStream(document, page,
				PDPageContentStream.AppendMode.OVERWRITE, true)) {
			content.drawImage(image, 0, 0, size.getWidth(), size.getHeight());
			InvisibleText.words(content, font, HocrWords.of(hocr), scale, size.getHeight());
		}
		return true;
	}

	/** The page's image: a searchable PDF's page draws exactly one. */
	private static @Nullable PDImageXObject image(PDPage page) throws IOException {
		for (COSName name : page.getResources().getXObjectNames()) {
			PDXObject object = page.getResources().getXObject(name);
			if (object instanceof PDImageXObject image) {
				return image;
			}
		}
		return null;
	}

}
