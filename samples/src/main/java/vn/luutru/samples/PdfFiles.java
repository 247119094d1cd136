package vn.luutru.samples;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Writes the sample PDFs: scans wrapped in PDF with no text layer, and a born-digital
 * paper with one.
 */
final class PdfFiles {

	// PDFBox derives the trailer /ID from the clock unless the document has an id.
	private static final long DOCUMENT_ID = 20191025L;

	private static final Fonts.Family FAMILY = Fonts.Family.SANS;

	private PdfFiles() {
	}

	/**
	 * A PDF of A4 pages, each one JPEG image and nothing else, as a scanner's "scan to
	 * PDF" makes.
	 */
	static void writeScan(int pages, IntFunction<BufferedImage> page, int dpi, Path file) throws IOException {
		try (PDDocument document = new PDDocument()) {
			for (int i = 0; i < pages; i++) {
				PDImageXObject image = JPEGFactory.createFromImage(document, page.apply(i), 0.8f, dpi);
				PDPage pdfPage = new PDPage(PDRectangle.A4);
				document.addPage(pdfPage);
				try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
					content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
				}
			}
			save(document, file);
		}
	}

	/**
	 * A born-digital PDF: the pages' text in embedded DejaVu Sans subsets, with its
	 * document information.
	 */
	static void writeText(List<SamplePage> pages, String title, String author, Calendar created, Path file)
			throws IOException {
		try (PDDocument document = new PDDocument()) {
			// One embedded subset per file: italics are the regular file slanted.
			PDType0Font regular = load(document, FAMILY.file(Style.Face.REGULAR));
			PDType0Font bold = load(document, FAMILY.file(Style.Face.BOLD));
			Function<Style.Face, PDType0Font> fonts = (face) -> face.bold() ? bold : regular;
			Layout.TextMeasure measure = (text, style) -> width(fonts.apply(style.face()), text, style);
			for (SamplePage page : pages) {
				PDPage pdfPage = new PDPage(PDRectangle.A4);
				document.addPage(pdfPage);
				try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
					for (Layout.PlacedLine line : Layout.lay(page, measure)) {
						draw(content, fonts.apply(line.style().face()), line);
					}
				}
			}
			PDDocumentInformation information = document.getDocumentInformation();
			information.setTitle(title);
			information.setAuthor(author);
			information.setCreationDate(created);
			save(document, file);
		}
	}

	// The same narrowing and slant as the scans, through the text matrix: the PDF shows
	// the glyphs of the
	// two embedded files (regular and bold) and its text layer still reads as plain
	// letters.
	private static void draw(PDPageContentStream content, PDType0Font font, Layout.PlacedLine line) throws IOException {
		float slant = line.style().face().slanted() ? Fonts.SLANT : 0;
		content.beginText();
		content.setFont(font, line.style().size());
		content
			.setTextMatrix(new Matrix(FAMILY.narrowing(), 0, slant, 1, line.x(), Layout.PAGE_HEIGHT - line.baseline()));
		content.showText(line.text());
		content.endText();
	}

	static Calendar date(int year, int month, int day) {
		Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
		calendar.clear();
		calendar.set(year, month - 1, day, 9, 0, 0);
		return calendar;
	}

	private static PDType0Font load(PDDocument document, Path file) throws IOException {
		if (!Files.isReadable(file)) {
			// No PDF standard font has Vietnamese letters: there is nothing to fall back
			// to.
			throw new IOException("Missing " + file + ", needed to write Vietnamese text into a PDF. "
					+ "Install it with: sudo apt-get install -y fonts-dejavu-core");
		}
		return PDType0Font.load(document, file.toFile());
	}

	private static float width(PDType0Font font, String text, Style style) {
		try {
			return font.getStringWidth(text) / 1000 * style.size() * FAMILY.narrowing();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot measure '" + text + "'", ex);
		}
	}

	private static void save(PDDocument document, Path file) throws IOException {
		document.setDocumentId(DOCUMENT_ID);
		document.save(file.toFile());
	}

}
