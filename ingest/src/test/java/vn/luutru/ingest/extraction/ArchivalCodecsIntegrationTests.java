package vn.luutru.ingest.extraction;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.luutru.ingest.intake.FingerprintedFile;
import vn.luutru.ingest.intake.ScannedFile;
import vn.luutru.ingest.limits.InputLimits;
import vn.luutru.ingest.metadata.MetadataReader;
import vn.luutru.ingest.ocr.OcrProperties;
import vn.luutru.ingest.ocr.TextRecognizers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The codecs archival and scanner PDFs use, read by OCR: a page whose scan is JPEG 2000
 * (JPXDecode, written here by the jai-imageio encoder) and a bilevel page whose scan is
 * JBIG2 (JBIG2Decode). No JBIG2 encoder is on Maven Central, so the JBIG2 stream is built
 * here: a page-information segment and an immediate lossless generic region coded with
 * MMR, whose data is the CCITT Group 4 (T.6) coding PDFBox's own CCITT encoder makes of
 * the same bitmap (JBIG2 MMR coding is T.6, ITU T.88 6.2.6).
 */
class ArchivalCodecsIntegrationTests {

	private static final String WORDS = "BIEN BAN KIEM TRA";

	private static final int DPI = 300;

	@TempDir
	static Path folder;

	static PageRecognition recognition;

	static ExtractionProcessor processor;

	@BeforeAll
	static void ocr() {
		OcrProperties ocr = OcrProperties.defaults();
		recognition = new PageRecognition(() -> TextRecognizers.create(ocr), ocr.dpi(), 1);
		processor = new ExtractionProcessor(new MetadataReader(), recognition,
				new ExtractionProperties(20, 60_000_000L, 2_000_000_000L), InputLimits.defaults(), LargeFrames.NONE,
				new PagesInProgress(), null);
	}

	@AfterAll
	static void closeOcr() {
		recognition.close();
	}

	@Test
	void aJpeg2000PageIsReadByOcr() throws IOException {
		BufferedImage scan = words(BufferedImage.TYPE_BYTE_GRAY);
		Path pdf = folder.resolve("jpx.pdf");
		try (PDDocument document = new PDDocument()) {
			PDImageXObject image = new PDImageXObject(document, new ByteArrayInputStream(jpeg2000(scan)),
					COSName.JPX_DECODE, scan.getWidth(), scan.getHeight(), 8, PDDeviceGray.INSTANCE);
			write(document, image, pdf);
		}

		assertThat(ocrText(pdf)).contains(WORDS);
	}

	@Test
	void aJbig2PageIsReadByOcr() throws IOException {
		BufferedImage scan = words(BufferedImage.TYPE_BYTE_BINARY);
		Path pdf = folder.resolve("jbig2.pdf");
		try (PDDocument document = new PDDocument()) {
			PDImageXObject image = new PDImageXObject(document, new ByteArrayInputStream(jbig2(document, scan)),
					COSName.JBIG2_DECODE, scan.getWidth(), scan.getHeight(), 1, PDDeviceGray.INSTANCE);
			write(document, image, pdf);
		}

		assertThat(ocrText(pdf)).contains(WORDS);
	}

	private static String ocrText(Path pdf) throws IOException {
		long started = System.nanoTime();
		Extraction extraction = processor.process(fingerprinted(pdf));
		System.out.printf("%s read in %d ms%n", pdf.getFileName(), (System.nanoTime() - started) / 1_000_000);
		assertThat(extraction).isInstanceOf(Extraction.Extracted.class);
		PageText page = ((Extraction.Extracted) extraction).pages().getFirst();
		assertThat(page.source()).isEqualTo(TextSource.OCR);
		return page.text();
	}

	private static FingerprintedFile fingerprinted(Path pdf) throws IOException {
		return new FingerprintedFile(new ScannedFile(pdf, java.nio.file.Files.size(pdf)), "0".repeat(64));
	}

	/** A strip of a page at 300 dpi with a line of large capitals, black on white. */
	private static BufferedImage words(int type) {
		BufferedImage image = new BufferedImage(1600, 300, type);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.setColor(Color.BLACK);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 90));
		g.drawString(WORDS, 60, 190);
		g.dispose();
		return image;
	}

	/** The page as one full-page image at 300 dpi. */
	private static void write(PDDocument document, PDImageXObject image, Path pdf) throws IOException {
		float width = image.getWidth() * 72f / DPI;
		float height = image.getHeight() * 72f / DPI;
		PDPage page = new PDPage(new PDRectangle(width, height));
		document.addPage(page);
		try (PDPageContentStream content = new PDPageContentStream(document, page)) {
			content.drawImage(image, 0, 0, width, height);
		}
		document.save(pdf.toFile());
	}

	private static byte[] jpeg2000(BufferedImage image) throws IOException {
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg2000");
		assertThat(writers.hasNext()).as("a JPEG 2000 encoder (jai-imageio-jpeg2000)").isTrue();
		ImageWriter writer = writers.next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			writer.write(image);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	/**
	 * An embedded JBIG2 stream (no file header, as PDF requires) of the bitmap: a page
	 * information segment, then an immediate lossless generic region coded with MMR.
	 */
	private static byte[] jbig2(PDDocument document, BufferedImage bitmap) throws IOException {
		byte[] mmr;
		try (InputStream g4 = CCITTFactory.createFromImage(document, bitmap).getCOSObject().createRawInputStream()) {
			mmr = g4.readAllBytes();
		}
		int width = bitmap.getWidth();
		int height = bitmap.getHeight();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteBuffer pageInformation = ByteBuffer.allocate(19)
			.putInt(width)
			.putInt(height)
			.putInt(DPI * 10000 / 254)
			.putInt(DPI * 10000 / 254)
			.put((byte) 1)
			.putShort((short) 0);
		segment(out, 0, 48, pageInformation.array());
		ByteBuffer region = ByteBuffer.allocate(18 + mmr.length)
			.putInt(width)
			.putInt(height)
			.putInt(0)
			.putInt(0)
			.put((byte) 0)
			// Generic region flags: MMR.
			.put((byte) 1)
			.put(mmr);
		segment(out, 1, 39, region.array());
		return out.toByteArray();
	}

	private static void segment(ByteArrayOutputStream out, int number, int type, byte[] data) {
		ByteBuffer header = ByteBuffer.allocate(11)
			.putInt(number)
			.put((byte) type)
			.put((byte) 0)
			.put((byte) 1)
			.putInt(data.length);
		out.writeBytes(header.array());
		out.writeBytes(data);
	}

}
