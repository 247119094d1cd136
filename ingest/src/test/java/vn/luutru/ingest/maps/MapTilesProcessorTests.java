package vn.luutru.ingest.maps;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
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
 * Deep-zoom tiles as a step of the item processing, with the Java engine and a threshold
 * of 500 pixels so the maps stay small.
 */
class MapTilesProcessorTests {

	static final String SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

	static final DocumentId ID = DocumentId.fromSha256(SHA256);

	@TempDir
	Path work;

	Derivatives derivatives;

	@org.junit.jupiter.api.BeforeEach
	void derivatives() {
		this.derivatives = new Derivatives(this.work.resolve("derivatives"));
	}

	MapTilesProcessor processor(long pixelLimit) {
		return new MapTilesProcessor(new MapTiler(
				new TilingProperties(512, 0.8f, pixelLimit, 500, 128, 1, "java", "vips", Duration.ofMinutes(1), 50)),
				this.derivatives, 50);
	}

	@Test
	void aMapSheetGetsItsTilesAndTheScaleItsTitleBlockStates() throws Exception {
		Path png = map("ban-do.png", 800, 600);

		Extraction processed = processor(2_000_000_000L)
			.process(extracted(png, "image/png", page(1, "BẢN ĐỒ ĐỊA CHÍNH\nTỷ lệ 1:1000")));

		assertThat(processed).isInstanceOfSatisfying(Extraction.Extracted.class,
				(extracted) -> assertThat(extracted.pageFailures()).isEmpty());
		Path info = this.derivatives.iiif(ID, 1).resolve("info.json");
		assertThat(Files.readString(info, StandardCharsets.UTF_8)).containsPattern("\"width\" ?: 800")
			.containsPattern("\"id\" ?: \"/iiif/" + ID.value() + "/1\"")
			.containsPattern("\"luutru:mapScale\" ?: 1000");
	}

	@Test
	void aMapTheTilerRefusesIsKeptWithTheReasonOnItsPage() throws Exception {
		Path png = map("qua-lon.png", 800, 600);

		Extraction processed = processor(1000).process(extracted(png, "image/png", page(1, "")));

		assertThat(processed).isInstanceOfSatisfying(Extraction.Extracted.class,
				(extracted) -> assertThat(extracted.pageFailures()).singleElement().satisfies((failure) -> {
					assertThat(failure.page()).isEqualTo(1);
					assertThat(failure.reason()).startsWith("Không tạo được ảnh phóng to: Ảnh quá lớn");
				}));
		assertThat(this.derivatives.iiif(ID, 1)).doesNotExist();
	}

	@Test
	void smallImagesAndMultiPageScansAreShownWhole() throws Exception {
		Path small = map("cong-van.png", 400, 300);
		Path report = map("bao-cao.tif", 800, 600);

		processor(2_000_000_000L).process(extracted(small, "image/png", page(1, "")));
		processor(2_000_000_000L).process(extracted(report, "image/tiff", page(1, ""), page(2, "")));

		assertThat(this.derivatives.iiif(ID, 1)).doesNotExist();
	}

	@Test
	void onlyThePdfPagesLargeAtTheTilingResolutionAreTiled() throws Exception {
		Path pdf = this.work.resolve("ban-do.pdf");
		try (PDDocument document = new PDDocument()) {
			// At 50 dpi: 1169 × 827 pixels, then 208 × 208.
			document.addPage(new PDPage(new PDRectangle(1684, 1191)));
			document.addPage(new PDPage(new PDRectangle(300, 300)));
			document.save(pdf.toFile());
		}

		Extraction processed = processor(2_000_000_000L)
			.process(extracted(pdf, "application/pdf", page(1, ""), page(2, "")));

		assertThat(((Extraction.Extracted) processed).derivativeFailures()).isEmpty();
		assertThat(this.derivatives.iiif(ID, 1).resolve("info.json")).isRegularFile();
		assertThat(this.derivatives.iiif(ID, 2)).doesNotExist();
	}

	@Test
	void aFileSetAsideIsPassedOnAsItIs() throws Exception {
		Extraction.Failed failed = new Extraction.Failed(
				new FingerprintedFile(new ScannedFile(this.work.resolve("hong.tif"), 1), SHA256), "tệp hỏng");

		assertThat(processor(2_000_000_000L).process(failed)).isSameAs(failed);
	}

	private Path map(String name, int width, int height) throws Exception {
		Path file = this.work.resolve(name);
		BufferedImage image = TilingFixtures.map(width, height, BufferedImage.TYPE_3BYTE_BGR);
		if (name.endsWith(".png")) {
			TileSourcesTests.writePng(image, file, false, 300);
		}
		else {
			TilingFixtures.writeTiff(image, file, "LZW", true);
		}
		return file;
	}

	private static Extraction.Extracted extracted(Path file, String contentType, PageText... pages) throws Exception {
		return new Extraction.Extracted(new FingerprintedFile(new ScannedFile(file, Files.size(file)), SHA256),
				new FileMetadata(contentType, null, Map.of()), List.of(pages), null);
	}

	private static PageText page(int number, String text) {
		return new PageText(number, text, TextSource.OCR, 90f, null, null, null, null);
	}

}
