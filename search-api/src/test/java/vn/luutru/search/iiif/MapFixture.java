package vn.luutru.search.iiif;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import vn.luutru.archive.catalog.CatalogedDocument;
import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.storage.Derivatives;
import vn.luutru.search.ArchiveEntries;
import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.index.DocumentEntry;
import vn.luutru.archive.index.PageEntry;
import vn.luutru.archive.index.ArchiveIndex;

/**
 * A cadastral map sheet as a worker would leave it: a 3000 × 2000 picture drawn here,
 * catalogued and indexed as a one-page map, its 512-pixel tiles laid out in
 * {@link Derivatives#iiif(DocumentId, int)} as the tiling engine lays them out (by
 * {@link LevelZeroTiles}: the web server has no tiler), with a ground resolution of
 * {@value #METRES_PER_PIXEL} m a pixel in its {@code info.json}.
 */
public final class MapFixture {

	public static final int WIDTH = 3000;

	public static final int HEIGHT = 2000;

	public static final double METRES_PER_PIXEL = 0.5;

	public static final String TITLE = "Bản đồ địa chính tờ số 12 phường An Khánh";

	/**
	 * Where OCR read the title block's word "CHÍNH", in canvas pixels: the page's hOCR is
	 * of a half-size image (as OCR reads a large sheet), at half these numbers.
	 */
	public static final List<Integer> CHINH_ON_CANVAS = List.of(1540, 1740, 220, 70);

	private MapFixture() {
	}

	/**
	 * Makes the map document with this id, once: catalogue row, index entries, tiles.
	 * @param work a folder for the original
	 * @param derivatives the application's derivatives folder
	 */
	public static synchronized DocumentId create(String id, Path work, Path derivatives, Documents catalogue,
			ElasticsearchClient client, ArchiveIndex index) throws IOException {
		DocumentId documentId = DocumentId.of(id);
		if (catalogue.find(documentId).isPresent()) {
			return documentId;
		}
		Path original = work.resolve(id + ".png");
		Files.createDirectories(work);
		BufferedImage map = draw();
		ImageIO.write(map, "png", original.toFile());
		Path tiles = Files.createDirectories(new Derivatives(derivatives).iiif(documentId, 1));
		LevelZeroTiles.write(map, 512, tiles,
				JsonNodeFactory.instance.objectNode().put("luutru:metresPerPixel", METRES_PER_PIXEL));

		Path hocr = new Derivatives(derivatives).hocr(documentId, 1);
		Files.createDirectories(hocr.getParent());
		Files.writeString(hocr, """
				<?xml version="1.0" encoding="UTF-8"?>
				<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
				 <head><title>map page 1</title></head>
				 <body>
				  <div class='ocr_page' title='image "page-1"; bbox 0 0 %d %d'>
				   <span class='ocr_line'><span class='ocrx_word' title='bbox 446 870 530 905'>BẢN</span>
				    <span class='ocrx_word' title='bbox 542 870 616 905'>ĐỒ</span>
				    <span class='ocrx_word' title='bbox 670 870 755 905'>ĐỊA</span>
				    <span class='ocrx_word' title='bbox 770 870 880 905'>CHÍNH</span></span>
				  </div>
				 </body>
				</html>
				""".formatted(WIDTH / 2, HEIGHT / 2), java.nio.charset.StandardCharsets.UTF_8);

		String sha256 = id + "a".repeat(40);
		catalogue.add(new CatalogedDocument(documentId, sha256, "ban-do-to-12.png", original, original, "image/png",
				Files.size(original), 1, TITLE, "ocr", Instant.now(), 0));
		index.ensureExists();
		Instant now = Instant.now();
		ArchiveEntry.Identifiers identifiers = new ArchiveEntry.Identifiers("ban-do", 2019, List.of(), List.of(),
				List.of("12"), List.of("12/125"), List.of(), List.of("Phường An Khánh"));
		ArchiveEntry document = new DocumentEntry(id, sha256, "ban-do-to-12.png", TITLE, "image/png",
				Files.size(original), 1, "ocr", null, identifiers, now, 0, Map.of(), null, List.of());
		ArchiveEntry page = new PageEntry(id, sha256, "ban-do-to-12.png", TITLE, "image/png", Files.size(original), 1,
				1, "BẢN ĐỒ ĐỊA CHÍNH tờ số 12 thửa 125", "ocr", 80f,
				new ArchiveEntry.PageImage(WIDTH, HEIGHT, 300, 0, 0f), identifiers, now, 0, null);
		ArchiveEntries.index(client, index, List.of(document, page));
		return documentId;
	}

	/**
	 * Parcels in a grid with their numbers, and a title block: something to zoom into.
	 */
	static BufferedImage draw() {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(new Color(0xfbf7ea));
		g.fillRect(0, 0, WIDTH, HEIGHT);
		g.setColor(new Color(0xc9e4c5));
		g.fillOval(1800, 300, 900, 600);
		g.setColor(new Color(0x9cc3e6));
		g.fillRect(0, 1500, WIDTH, 120);
		g.setColor(new Color(0x5b3a29));
		g.setStroke(new BasicStroke(3));
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 28));
		int number = 1;
		for (int y = 100; y < HEIGHT - 150; y += 200) {
			for (int x = 100; x < WIDTH - 150; x += 250) {
				g.drawRect(x, y, 250, 200);
				g.drawString(String.valueOf(number++), x + 100, y + 110);
			}
		}
		g.setColor(Color.BLACK);
		g.setStroke(new BasicStroke(8));
		g.drawRect(20, 20, WIDTH - 40, HEIGHT - 40);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 64));
		g.drawString("BAN DO DIA CHINH - TO SO 12", 900, 1800);
		g.dispose();
		return image;
	}

}
