package vn.luutru.ingest.samples;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The generated sample set of the demo and the tests: an image-only scanned PDF, a
 * multi-page TIFF report, a born-digital PDF with a text layer, two single-page scans
 * (PNG, JPEG), a large cadastral map and a corrupt PDF. Generation is deterministic and
 * skips files that exist already.
 */
public final class SampleSet {

	/** The image-only scan of notice 977/TB-STNMT (2 pages, skewed, noisy, grey). */
	public static final String NOTICE = "thong-bao-977-tb-stnmt-scan.pdf";

	/** The environmental impact report, a 3-page TIFF. */
	public static final String REPORT = "bao-cao-dtm-3-trang.tif";

	/** The born-digital decision with a real text layer. */
	public static final String DECISION = "quyet-dinh-born-digital.pdf";

	/** A clean single-page letter (PNG). */
	public static final String LETTER = "cong-van-scan.png";

	/** Noisy, thresholded minutes (JPEG). */
	public static final String MINUTES = "bien-ban-scan.jpg";

	/** The cadastral map sheet 12. */
	public static final String MAP = "ban-do-dia-chinh-to-12.tif";

	/** A truncated PDF that must be set aside. */
	public static final String CORRUPT = "hong.pdf";

	private SampleSet() {
	}

	/**
	 * Writes the sample set into a folder (created if needed).
	 * @return the files, in a stable order
	 */
	public static List<Path> generate(Path folder) throws IOException {
		Files.createDirectories(folder);
		ScanRenderer renderer = new ScanRenderer();
		List<Path> files = new ArrayList<>();
		files.add(once(folder.resolve(NOTICE), (path) -> notice(renderer, path)));
		files.add(once(folder.resolve(REPORT), (path) -> report(renderer, path)));
		files.add(once(folder.resolve(DECISION), SampleSet::decision));
		files.add(once(folder.resolve(LETTER),
				(path) -> ImageIO.write(renderer.page(SampleTexts.LETTER, 200, ScanRenderer.Condition.clean(3)).image(),
						"png", path.toFile())));
		files.add(once(folder.resolve(MINUTES),
				(path) -> jpeg(renderer
					.page(SampleTexts.MINUTES, 200, new ScanRenderer.Condition(-0.6, 12, true, 240, true, 4))
					.image(), path)));
		files.add(once(folder.resolve(MAP), (path) -> tiff(List.of(SampleMap.render(renderer, 5000, 3500)), path)));
		files.add(once(folder.resolve(CORRUPT), (path) -> Files.write(path,
				"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n\u0000\u00ff garbage: the transfer stopped here"
					.getBytes(StandardCharsets.ISO_8859_1))));
		return files;
	}

	/** What is printed on each page of the sample set, for measuring extraction. */
	public static List<SamplePage> pages() {
		ScanRenderer renderer = new ScanRenderer();
		List<SamplePage> pages = new ArrayList<>();
		pages.add(new SamplePage(NOTICE, 1, laidOut(renderer, SampleTexts.NOTICE_PAGE_1, 300)));
		pages.add(new SamplePage(NOTICE, 2, laidOut(renderer, SampleTexts.NOTICE_PAGE_2, 300)));
		for (int i = 0; i < SampleTexts.REPORT.size(); i++) {
			pages.add(new SamplePage(REPORT, i + 1, laidOut(renderer, SampleTexts.REPORT.get(i), 200)));
		}
		pages.add(new SamplePage(DECISION, 1, SampleTexts.DECISION));
		pages.add(new SamplePage(LETTER, 1, laidOut(renderer, SampleTexts.LETTER, 200)));
		pages.add(new SamplePage(MINUTES, 1, laidOut(renderer, SampleTexts.MINUTES, 200)));
		pages.add(new SamplePage(MAP, 1, SampleTexts.MAP));
		return pages;
	}

	private static List<String> laidOut(ScanRenderer renderer, List<String> lines, int dpi) {
		return renderer.page(lines, dpi, ScanRenderer.Condition.clean(0)).lines();
	}

	private static void notice(ScanRenderer renderer, Path path) throws IOException {
		ScanRenderer.Condition skewed = new ScanRenderer.Condition(1.1, 10, true, 232, false, 1);
		ScanRenderer.Condition other = new ScanRenderer.Condition(-0.8, 10, true, 232, false, 2);
		imagePdf(List.of(renderer.page(SampleTexts.NOTICE_PAGE_1, 300, skewed).image(),
				renderer.page(SampleTexts.NOTICE_PAGE_2, 300, other).image()), path);
	}

	private static void report(ScanRenderer renderer, Path path) throws IOException {
		List<BufferedImage> pages = new ArrayList<>();
		for (int i = 0; i < SampleTexts.REPORT.size(); i++) {
			pages.add(renderer
				.page(SampleTexts.REPORT.get(i), 200, new ScanRenderer.Condition(0.4, 4, false, 245, false, 10 + i))
				.image());
		}
		tiff(pages, path);
	}

	/** A PDF whose pages are only images, as a scanner without OCR writes them. */
	private static void imagePdf(List<BufferedImage> images, Path path) throws IOException {
		try (PDDocument document = new PDDocument()) {
			for (BufferedImage image : images) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				PDImageXObject xobject = JPEGFactory.createFromImage(document, image, 0.8f, 300);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.drawImage(xobject, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
				}
			}
			save(document, path);
		}
	}

	/**
	 * A born-digital PDF: real text drawn with an embedded font that has every Vietnamese
	 * glyph.
	 */
	private static void decision(Path path) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			PDType0Font font = PDType0Font.load(document,
					Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf").toFile());
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(font, 11);
				content.setLeading(18);
				content.newLineAtOffset(60, 780);
				for (String line : SampleTexts.DECISION) {
					content.showText(line);
					content.newLine();
				}
				content.endText();
			}
			document.getDocumentInformation().setTitle("Quyết định 1234/QĐ-STNMT cấp giấy phép môi trường");
			save(document, path);
		}
	}

	/**
	 * Saves with a file identifier derived from the name: PDFBox would otherwise derive
	 * it from the clock.
	 */
	private static void save(PDDocument document, Path path) throws IOException {
		byte[] id = java.util.Arrays.copyOf(path.getFileName().toString().getBytes(StandardCharsets.UTF_8), 16);
		COSArray ids = new COSArray();
		ids.add(new COSString(id));
		ids.add(new COSString(id));
		document.getDocument().getTrailer().setItem(COSName.ID, ids);
		document.save(path.toFile());
	}

	private static void jpeg(BufferedImage image, Path path) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ImageWriteParam param = writer.getDefaultWriteParam();
		param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		param.setCompressionQuality(0.85f);
		try (ImageOutputStream out = ImageIO.createImageOutputStream(path.toFile())) {
			writer.setOutput(out);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
	}

	/** A (multi-page) Deflate-compressed TIFF. */
	static void tiff(List<BufferedImage> pages, Path path) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
		ImageWriteParam param = writer.getDefaultWriteParam();
		param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		param.setCompressionType("Deflate");
		try (ImageOutputStream out = ImageIO.createImageOutputStream(path.toFile())) {
			writer.setOutput(out);
			writer.prepareWriteSequence(null);
			for (BufferedImage page : pages) {
				writer.writeToSequence(new IIOImage(page, null, null), param);
			}
			writer.endWriteSequence();
		}
		finally {
			writer.dispose();
		}
	}

	private static Path once(Path path, Writer writer) {
		if (Files.isRegularFile(path)) {
			return path;
		}
		Path partial = path.resolveSibling("." + path.getFileName() + ".partial");
		try {
			writer.write(partial);
			Files.move(partial, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			return path;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the sample " + path, ex);
		}
	}

	@FunctionalInterface
	private interface Writer {

		void write(Path path) throws IOException;

	}

}
