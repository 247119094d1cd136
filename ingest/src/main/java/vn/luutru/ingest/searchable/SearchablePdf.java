package vn.luutru.ingest.searchable;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

import javax.imageio.ImageIO;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.jspecify.annotations.Nullable;

import vn.luutru.archive.hocr.HocrWords;
import vn.luutru.archive.storage.Durable;

/**
 * Writes a searchable PDF/A-2u (PDF/A-2b, and every character mapped to Unicode, which
 * the embedded Type 0 font's ToUnicode map gives): every page is the image OCR read, at
 * its resolution, with the recognised words laid invisibly on their boxes (text render
 * mode 3), so a PDF reader finds, selects and copies them where they are on the scan.
 *
 * <p>
 * Built page by page on a temp-file scratch buffer: a 300-page report never sits in the
 * heap. Not thread-safe; one writer per document.
 */
final class SearchablePdf {

	private static final String PRODUCER = "Lưu trữ";

	private static final String SRGB = "sRGB IEC61966-2.1";

	private SearchablePdf() {
	}

	/**
	 * One page of the PDF.
	 *
	 * @param image the page image (JPEG, or PNG for 1-bit pages), upright
	 * @param dpi the resolution of the image OCR read, which gives the page its physical
	 * size
	 * @param hocr the words on it, in the pixels of the image OCR read (which may be
	 * larger than the kept image: a tiled map's scan is kept downsampled); null for a
	 * page without OCR
	 * @param text the page's text when it has no word boxes (a text-layer page), laid
	 * invisibly line by line so the page is still found by a search
	 */
	record Page(@Nullable Path image, int dpi, @Nullable String hocr, @Nullable String text) {
	}

	/**
	 * Writes the PDF to {@code target}, atomically: a reader never sees half a file, and
	 * an earlier PDF of the document is replaced whole.
	 * @throws IOException when a page image cannot be read or the file written
	 */
	static void write(Path target, String title, List<Page> pages, Path fontFile) throws IOException {
		Files.createDirectories(target.getParent());
		// A partial file of its own: two jobs making the same document's PDF at once
		// never write into one file, and the last to finish replaces the other's.
		Path partial = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".partial");
		try {
			try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
				PDType0Font font = PDType0Font.load(document, fontFile.toFile());
				for (Page page : pages) {
					addPage(document, font, page);
				}
				describe(document, title);
				document.save(partial.toFile());
			}
			// On the disk before the catalogue says the document exists.
			Durable.publish(partial, target);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	private static void addPage(PDDocument document, PDType0Font font, Page source) throws IOException {
		if (source.image() == null) {
			// A page that could not be read keeps its place, blank, so page numbers
			// match.
			document.addPage(new PDPage(PDRectangle.A4));
			return;
		}
		PDImageXObject image = image(document, source.image());
		// The word boxes are in the pixels of the image OCR read, whose size the hOCR
		// page
		// states. That is the kept image itself, except for a tiled map, kept
		// downsampled: its page then has the size of the full image at its resolution,
		// the smaller image is stretched over it and the boxes still land on the words.
		int[] pixels = pixelFrame(source.hocr(), image.getWidth(), image.getHeight());
		float scale = 72f / source.dpi();
		PDRectangle size = new PDRectangle(pixels[0] * scale, pixels[1] * scale);
		PDPage page = new PDPage(size);
		document.addPage(page);
		try (PDPageContentStream content = new PDPageContentStream(document, page)) {
			content.drawImage(image, 0, 0, size.getWidth(), size.getHeight());
			if (source.hocr() != null) {
				InvisibleText.words(content, font, HocrWords.of(source.hocr()), scale, size.getHeight());
			}
			else if (source.text() != null) {
				InvisibleText.lines(content, font, source.text(), size);
			}
		}
	}

	/**
	 * The size in pixels of the image the hOCR's boxes refer to: the hOCR page's box when
	 * it has the kept image's proportions, else the kept image's own size.
	 */
	static int[] pixelFrame(@Nullable String hocr, int imageWidth, int imageHeight) {
		int[] page = (hocr != null) ? HocrWords.pageSize(hocr) : null;
		if (page == null || page[0] <= 0 || page[1] <= 0) {
			return new int[] { imageWidth, imageHeight };
		}
		double ratio = ((double) page[0] / page[1]) / ((double) imageWidth / imageHeight);
		return (Math.abs(ratio - 1) <= 0.01) ? page : new int[] { imageWidth, imageHeight };
	}

	private static PDImageXObject image(PDDocument document, Path file) throws IOException {
		if (file.getFileName().toString().endsWith(".jpg")) {
			try (InputStream input = Files.newInputStream(file)) {
				// The JPEG bytes go in as they are (DCTDecode): no second lossy pass.
				return JPEGFactory.createFromStream(document, input);
			}
		}
		return LosslessFactory.createFromImage(document, ImageIO.read(file.toFile()));
	}

	/** The metadata and output intent PDF/A asks for, consistent between Info and XMP. */
	private static void describe(PDDocument document, String title) throws IOException {
		Calendar now = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
		now.set(Calendar.MILLISECOND, 0);
		PDDocumentInformation info = document.getDocumentInformation();
		info.setTitle(title);
		info.setProducer(PRODUCER);
		info.setCreationDate(now);
		info.setModificationDate(now);
		XMPMetadata xmp = XMPMetadata.createXMPMetadata();
		try {
			DublinCoreSchema dublinCore = xmp.createAndAddDublinCoreSchema();
			dublinCore.setTitle(title);
			dublinCore.addLanguage("vi");
			AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
			pdf.setProducer(PRODUCER);
			XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
			basic.setCreateDate(now);
			basic.setModifyDate(now);
			PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
			pdfa.setPart(2);
			pdfa.setConformance("U");
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			new XmpSerializer().serialize(xmp, bytes, true);
			PDMetadata metadata = new PDMetadata(document);
			metadata.importXMPMetadata(bytes.toByteArray());
			document.getDocumentCatalog().setMetadata(metadata);
		}
		catch (BadFieldValueException | javax.xml.transform.TransformerException ex) {
			throw new IOException("Cannot write the PDF/A metadata: " + ex.getMessage(), ex);
		}
		document.getDocumentCatalog().setLanguage("vi");
		PDOutputIntent intent = new PDOutputIntent(document,
				new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
		intent.setInfo(SRGB);
		intent.setOutputCondition(SRGB);
		intent.setOutputConditionIdentifier(SRGB);
		intent.setRegistryName("http://www.color.org");
		document.getDocumentCatalog().addOutputIntent(intent);
	}

	/** Keeps PDFBox's rendering-mode constant in one place. */
	static final RenderingMode INVISIBLE = RenderingMode.NEITHER;

}
