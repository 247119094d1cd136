package vn.luutru.ingest.maps;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.storage.Derivatives;
import vn.luutru.ingest.extraction.Extraction;
import vn.luutru.ingest.extraction.PageText;
import vn.luutru.ingest.extraction.TextSource;
import vn.luutru.ingest.intake.FingerprintedFile;
import vn.luutru.ingest.intake.ScannedFile;
import vn.luutru.ingest.metadata.FileMetadata;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A level-0 image service for every page of a document, cut from the image OCR read (or,
 * for a page of text, the page rendered), small pages and a small tile size so the
 * pyramids stay small.
 */
class PageTilesProcessorTests {

	static final String SHA256 = MapTilesProcessorTests.SHA256;

	static final DocumentId ID = DocumentId.fromSha256(SHA256);

	private static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	Path work;

	Derivatives derivatives;

	@BeforeEach
	void derivatives() {
		this.derivatives = new Derivatives(this.work.resolve("derivatives"));
	}

	PageTilesProcessor processor(boolean enabled) {
		return PageTilesProcessor.of(new PageTilesProperties(enabled, 0.7f, 256, 72), this.derivatives,
				new MapTilesProcessor(Tilers.of(TilingProperties.javaEngine()), this.derivatives, 200), 60_000_000L);
	}

	@Test
	void everyScannedPageGetsALevelZeroServiceCutFromTheImageOcrRead() throws Exception {
		Path grey = scan("page-00001.jpg", 1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
		Path bilevel = scan("page-00002.png", 900, 1300, BufferedImage.TYPE_BYTE_BINARY);
		Path report = Files.writeString(this.work.resolve("bao-cao.tif"), "not read: the scans are");

		Extraction processed = processor(true)
			.process(extracted(report, "image/tiff", page(1, grey), page(2, bilevel)));

		assertThat(((Extraction.Extracted) processed).derivativeFailures()).isEmpty();
		JsonNode info = info(1);
		assertThat(info.path("type").asText()).isEqualTo("ImageService3");
		assertThat(info.path("profile").asText()).isEqualTo("level0");
		assertThat(info.path("protocol").asText()).isEqualTo("http://iiif.io/api/image");
		assertThat(info.path("id").asText()).isEqualTo("/iiif/" + ID.value() + "/1");
		assertThat(info.path("width").asInt()).isEqualTo(1240);
		assertThat(info.path("height").asInt()).isEqualTo(1754);
		assertThat(info.path("tiles").path(0).path("width").asInt()).isEqualTo(256);
		assertThat(info.path("tiles").path(0).path("scaleFactors")).hasSizeGreaterThan(2);
		assertThat(info.path("sizes")).isNotEmpty();
		BufferedImage tile = ImageIO.read(this.derivatives.iiif(ID, 1)
			.resolve("256,512,256,256")
			.resolve("256,256")
			.resolve("0")
			.resolve("default.jpg")
			.toFile());
		assertThat(tile.getWidth()).isEqualTo(256);
		assertThat(tile.getHeight()).isEqualTo(256);
		assertThat(info(2).path("width").asInt()).isEqualTo(900);
		BufferedImage bilevelTile = ImageIO
			.read(this.derivatives.iiif(ID, 2).resolve("0,0,256,256").resolve("256,256/0/default.jpg").toFile());
		assertThat(bilevelTile.getColorModel().getNumComponents()).as("bilevel pages are tiled in grey").isEqualTo(1);
	}

	@Test
	void aPageOfTextWithoutAScanIsRenderedAndTiled() throws Exception {
		Path pdf = this.work.resolve("quyet-dinh.pdf");
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage(PDRectangle.A4));
			document.save(pdf.toFile());
		}

		processor(true).process(extracted(pdf, "application/pdf",
				new PageText(1, "QUYẾT ĐỊNH", TextSource.TEXT_LAYER, null, null, null, null, null)));

		// A4 at 72 dpi, 595.3 × 841.9 points rounded down as PDFBox renders it.
		assertThat(info(1).path("width").asInt()).isEqualTo(595);
		assertThat(info(1).path("height").asInt()).isEqualTo(841);
	}

	@Test
	void switchedOffNoPageIsTiled() throws Exception {
		Path grey = scan("page-00001.jpg", 600, 800, BufferedImage.TYPE_BYTE_GRAY);
		Path report = Files.writeString(this.work.resolve("bao-cao.tif"), "x");

		processor(false).process(extracted(report, "image/tiff", page(1, grey)));

		assertThat(this.derivatives.iiif(ID, 1)).doesNotExist();
	}

	@Test
	void anUnreadableScanLeavesThePageWithoutServiceAndSaysWhy() throws Exception {
		Path broken = Files.writeString(this.work.resolve("page-00001.jpg"), "not a jpeg");
		Path report = Files.writeString(this.work.resolve("bao-cao.tif"), "x");

		Extraction processed = processor(true).process(extracted(report, "image/tiff", page(1, broken)));

		assertThat(((Extraction.Extracted) processed).derivativeFailures()).singleElement()
			.satisfies((failure) -> assertThat(failure.reason()).startsWith("Không tạo được ảnh phóng to"));
		assertThat(this.derivatives.iiif(ID, 1)).doesNotExist();
	}

	private JsonNode info(int page) throws Exception {
		return JSON.readTree(this.derivatives.iiif(ID, page).resolve("info.json").toFile());
	}

	private Path scan(String name, int width, int height, int type) throws Exception {
		BufferedImage image = new BufferedImage(width, height, type);
		var g = image.createGraphics();
		g.setColor(java.awt.Color.WHITE);
		g.fillRect(0, 0, width, height);
		g.setColor(java.awt.Color.BLACK);
		g.drawString("QUYẾT ĐỊNH", 100, 100);
		g.dispose();
		Path file = this.work.resolve(name);
		ImageIO.write(image, name.endsWith(".png") ? "png" : "jpg", file.toFile());
		return file;
	}

	private static Extraction.Extracted extracted(Path file, String contentType, PageText... pages) throws Exception {
		return new Extraction.Extracted(new FingerprintedFile(new ScannedFile(file, Files.size(file)), SHA256),
				new FileMetadata(contentType, null, Map.of()), List.of(pages), null);
	}

	private static PageText page(int number, Path scan) {
		return new PageText(number, "", TextSource.OCR, 90f, null, null, null, scan);
	}

}
