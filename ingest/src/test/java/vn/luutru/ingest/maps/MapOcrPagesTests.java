package vn.luutru.ingest.maps;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.luutru.ingest.extraction.Extraction;
import vn.luutru.ingest.extraction.ExtractionProcessor;
import vn.luutru.ingest.extraction.ExtractionProperties;
import vn.luutru.ingest.extraction.PageRecognition;
import vn.luutru.ingest.extraction.PageScans;
import vn.luutru.ingest.extraction.PageText;
import vn.luutru.ingest.extraction.PagesInProgress;
import vn.luutru.ingest.extraction.TextSource;
import vn.luutru.ingest.intake.FingerprintedFile;
import vn.luutru.archive.storage.Fingerprints;
import vn.luutru.ingest.intake.ScannedFile;
import vn.luutru.ingest.metadata.MetadataReader;
import vn.luutru.ingest.ocr.OcrFailed;
import vn.luutru.ingest.ocr.RecognizedPage;
import vn.luutru.ingest.ocr.TextRecognizer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A large map read region by region through the extraction, with a stand-in recogniser:
 * one word near the top left of every region (outside the overlaps), and a region 200
 * pixels wide (the last column) that always fails.
 */
class MapOcrPagesTests {

	// Regions of 500 read pixels overlapping by 50; tiling above 100,000 pixels.
	static final ExtractionProperties TILED = new ExtractionProperties(20, 60_000_000L, 2_000_000_000L, 100_000L, 500,
			50, 400, 400);

	@TempDir
	Path folder;

	final AtomicInteger calls = new AtomicInteger();

	final AtomicInteger orientationChecked = new AtomicInteger();

	@Test
	void everyRegionIsReadOnceAndAFailingRegionLosesOnlyItsOwnWords() throws IOException {
		Path png = this.folder.resolve("map.png");
		ImageIO.write(new BufferedImage(1100, 900, BufferedImage.TYPE_BYTE_GRAY), "png", png.toFile());
		PageRecognition recognition = new PageRecognition(Stand::new, 300, 2);
		MapPages maps = new MapPages(recognition, TILED);
		Extraction extraction = null;
		try {
			extraction = extract(png, recognition, maps, 0.75f);

			assertThat(extraction).isInstanceOf(Extraction.Extracted.class);
			PageText page = ((Extraction.Extracted) extraction).pages().getFirst();
			// Columns at 0, 450 and 900 (200 wide, failing), rows at 0 and 450.
			assertThat(page.text().lines()).containsExactly("vùng", "vùng", "vùng", "vùng");
			assertThat(page.source()).isEqualTo(TextSource.OCR);
			assertThat(page.failure()).contains("2 vùng", "lỗi hai lần");
			assertThat(page.image()).isNotNull();
			assertThat(page.image().width()).isEqualTo(1100);
			assertThat(page.image().height()).isEqualTo(900);
			assertThat(page.hocr()).contains("bbox 0 0 1100 900", "bbox 40 40 90 60;", "bbox 490 40 540 60;",
					"bbox 40 490 90 510;", "bbox 490 490 540 510;");
			// 4 good regions once, 2 failing regions twice; never orientation detection.
			assertThat(this.calls).hasValue(8);
			assertThat(this.orientationChecked).hasValue(0);
			assertThat(maps.peakRegionsInMemory()).isBetween(1, 5);
			assertThat(maps.largestRegionPixels()).isEqualTo(250_000L);
			assertThat(page.scan()).isNotNull();
			BufferedImage scan = ImageIO.read(page.scan().toFile());
			// Longest side 400: the scan is kept downsampled in proportion.
			assertThat(scan.getWidth()).isEqualTo(400);
			assertThat(scan.getHeight()).isEqualTo(327);
		}
		finally {
			recognition.close();
			if (extraction instanceof Extraction.Extracted extracted && extracted.scans() != null) {
				PageScans.delete(extracted.scans());
			}
		}
	}

	@Test
	void anImageUnderTheThresholdIsReadWholeAsBefore() throws IOException {
		Path png = this.folder.resolve("page.png");
		ImageIO.write(new BufferedImage(300, 300, BufferedImage.TYPE_BYTE_GRAY), "png", png.toFile());
		PageRecognition recognition = new PageRecognition(Stand::new, 300, 1);
		try {
			Extraction extraction = extract(png, recognition, new MapPages(recognition, TILED), null);

			PageText page = ((Extraction.Extracted) extraction).pages().getFirst();
			assertThat(page.text()).isEqualTo("vùng");
			assertThat(this.orientationChecked).hasValue(1);
		}
		finally {
			recognition.close();
		}
	}

	private static Extraction extract(Path image, PageRecognition recognition, MapPages maps, Float scanQuality)
			throws IOException {
		ExtractionProcessor processor = new ExtractionProcessor(new MetadataReader(), recognition, TILED, maps,
				new PagesInProgress(), scanQuality);
		return processor
			.process(new FingerprintedFile(new ScannedFile(image, Files.size(image)), Fingerprints.sha256(image)));
	}

	/** One word near the top left of every region; a region 200 pixels wide fails. */
	final class Stand implements TextRecognizer {

		@Override
		public RecognizedPage recognize(BufferedImage page, int dpi) {
			MapOcrPagesTests.this.orientationChecked.incrementAndGet();
			return recognizeUpright(page, dpi);
		}

		@Override
		public RecognizedPage recognizeUpright(BufferedImage region, int dpi) {
			MapOcrPagesTests.this.calls.incrementAndGet();
			if (region.getWidth() == 200) {
				throw new OcrFailed("Tesseract could not recognise a 200 × " + region.getHeight() + " region");
			}
			String hocr = "<div class='ocr_page' title='bbox 0 0 %d %d'>".formatted(region.getWidth(),
					region.getHeight()) + "<span class='ocr_line' title='bbox 40 40 90 60; baseline 0 -2'>"
					+ "<span class='ocrx_word' title='bbox 40 40 90 60; x_wconf 90'>vùng</span></span></div>";
			return new RecognizedPage("vùng", 90, dpi, 0, hocr, 0);
		}

		@Override
		public void close() {
		}

	}

}
