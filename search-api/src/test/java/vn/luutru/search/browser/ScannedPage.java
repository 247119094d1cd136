package vn.luutru.search.browser;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.storage.Derivatives;

/**
 * A one-page scan as ingestion leaves it, without running OCR: the page drawn as a
 * picture in the document's searchable PDF, and its words' boxes as the page's hOCR, so
 * the document page can show the picture with the searched words boxed.
 */
final class ScannedPage {

	private static final int WIDTH = 1240;

	private static final int HEIGHT = 1754;

	private static final int MARGIN = 120;

	private ScannedPage() {
	}

	/**
	 * Draws the lines (wrapped to the page) and keeps the picture and its word boxes
	 * under the derivatives folder.
	 */
	static void keep(Path derivativesDir, String id, List<String> lines) throws IOException {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, WIDTH, HEIGHT);
		g.setColor(Color.BLACK);
		g.setFont(new Font(Font.SERIF, Font.PLAIN, 34));
		FontMetrics metrics = g.getFontMetrics();
		StringBuilder words = new StringBuilder();
		int y = 220;
		for (String line : lines) {
			int x = MARGIN;
			words.append("<span class='ocr_line'>");
			for (String word : line.split(" ")) {
				int width = metrics.stringWidth(word);
				if (x + width > WIDTH - MARGIN && x > MARGIN) {
					words.append("</span>\n<span class='ocr_line'>");
					x = MARGIN;
					y += 56;
				}
				g.drawString(word, x, y);
				words.append("<span class='ocrx_word' title='bbox %d %d %d %d; x_wconf 95'>%s</span> ".formatted(x,
						y - metrics.getAscent(), x + width, y + metrics.getDescent(), escape(word)));
				x += width + metrics.stringWidth(" ");
			}
			words.append("</span>\n");
			y += 72;
		}
		g.dispose();

		Derivatives derivatives = new Derivatives(derivativesDir);
		DocumentId document = DocumentId.of(id);
		Path pdf = derivatives.searchablePdf(document);
		Files.createDirectories(pdf.getParent());
		try (PDDocument out = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			out.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(out, page)) {
				content.drawImage(LosslessFactory.createFromImage(out, image), 0, 0, PDRectangle.A4.getWidth(),
						PDRectangle.A4.getHeight());
			}
			out.save(pdf.toFile());
		}
		Path hocr = derivatives.hocr(document, 1);
		Files.createDirectories(hocr.getParent());
		Files.writeString(hocr, """
				<?xml version="1.0" encoding="UTF-8"?>
				<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
				 <head><title>%s page 1</title></head>
				 <body>
				  <div class='ocr_page' title='image "page-1"; bbox 0 0 %d %d'>
				%s
				  </div>
				 </body>
				</html>
				""".formatted(id, WIDTH, HEIGHT, words), StandardCharsets.UTF_8);
	}

	private static String escape(String word) {
		return word.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
