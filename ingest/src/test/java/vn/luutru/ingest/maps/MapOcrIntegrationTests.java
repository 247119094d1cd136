package vn.luutru.ingest.maps;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.luutru.ingest.extraction.Extraction;
import vn.luutru.ingest.extraction.ExtractionProcessor;
import vn.luutru.ingest.extraction.ExtractionProperties;
import vn.luutru.ingest.extraction.LargeFrames;
import vn.luutru.ingest.extraction.PageRecognition;
import vn.luutru.ingest.extraction.PageScans;
import vn.luutru.ingest.extraction.PageText;
import vn.luutru.ingest.extraction.PagesInProgress;
import vn.luutru.ingest.extraction.TextSource;
import vn.luutru.ingest.intake.FingerprintedFile;
import vn.luutru.archive.storage.Fingerprints;
import vn.luutru.ingest.intake.ScannedFile;
import vn.luutru.ingest.metadata.MetadataReader;
import vn.luutru.ingest.ocr.OcrProperties;
import vn.luutru.ingest.ocr.TextRecognizers;
import vn.luutru.samples.LargeMap;
import vn.luutru.archive.hocr.HocrWords;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 9000 × 7000 cadastral sheet at 300 dpi read by real Tesseract through
 * {@link MapPages}: in 12 regions of 3000 pixels overlapping by 300, on 2 workers.
 */
class MapOcrIntegrationTests {

	private static final Logger log = LoggerFactory.getLogger(MapOcrIntegrationTests.class);

	// The boundary between the first two columns of regions: region 0 sees up to 3000,
	// region 1 from 2700, and each keeps its side of 2850.
	private static final int BOUNDARY = 2850;

	@TempDir
	static Path folder;

	static LargeMap.Drawn drawn;

	static MapPages maps;

	static PageRecognition recognition;

	static PageText page;

	static Path scans;

	static long millis;

	@BeforeAll
	static void readTheMap() throws IOException {
		Path tiff = folder.resolve("ban-do-dia-chinh-to-12.tif");
		drawn = LargeMap.writeTiff(tiff, 9000, 7000, BOUNDARY, 1500);
		OcrProperties ocr = OcrProperties.defaults();
		recognition = new PageRecognition(() -> TextRecognizers.create(ocr), ocr.dpi(), 2);
		ExtractionProperties properties = new ExtractionProperties(20, 60_000_000L, 2_000_000_000L);
		maps = new MapPages(recognition, properties);
		ExtractionProcessor processor = new ExtractionProcessor(new MetadataReader(), recognition, properties, maps,
				new PagesInProgress(), 0.75f);
		long started = System.nanoTime();
		Extraction extraction = processor
			.process(new FingerprintedFile(new ScannedFile(tiff, Files.size(tiff)), Fingerprints.sha256(tiff)));
		millis = (System.nanoTime() - started) / 1_000_000;
		log.info("Read the 9000 × 7000 map in {} ms", millis);
		log.debug("Its text: {}", ((Extraction.Extracted) extraction).pages().getFirst().text());
		assertThat(extraction).isInstanceOf(Extraction.Extracted.class);
		page = ((Extraction.Extracted) extraction).pages().getFirst();
		scans = ((Extraction.Extracted) extraction).scans();
	}

	@AfterAll
	static void closeOcr() {
		recognition.close();
		if (scans != null) {
			PageScans.delete(scans);
		}
	}

	@Test
	void theTitleBlockIsInThePageText() {
		assertThat(page.source()).isEqualTo(TextSource.OCR);
		assertThat(page.failure()).isNull();
		assertThat(page.text()).contains(LargeMap.TITLE_BLOCK);
	}

	@Test
	void aLabelAcrossARegionBoundaryIsReadOnce() {
		assertThat(drawn.street().x).isLessThan(BOUNDARY - 150);
		assertThat(drawn.street().x + drawn.street().width).isGreaterThan(BOUNDARY + 150);
		// No two words read on the label overlap: the overlap of the regions gave no
		// second copy of any word, and the words reach across the boundary.
		List<HocrWords.Word> onLabel = HocrWords.of(page.hocr())
			.stream()
			.filter((word) -> drawn.street()
				.intersects(word.x0(), word.y0(), word.x1() - word.x0(), word.y1() - word.y0()))
			.toList();
		assertThat(onLabel).hasSizeGreaterThanOrEqualTo(4);
		for (HocrWords.Word one : onLabel) {
			for (HocrWords.Word other : onLabel) {
				if (one != other) {
					assertThat(Math.min(one.x1(), other.x1()) - Math.max(one.x0(), other.x0()))
						.as("%s and %s", one, other)
						.isLessThanOrEqualTo(0);
				}
			}
		}
		assertThat(onLabel.getFirst().x0()).isLessThan(BOUNDARY - 150);
		assertThat(onLabel.getLast().x1()).isGreaterThan(BOUNDARY + 150);
		// Folded as the index folds.
		assertThat(occurrences(folded(page.text()), "nguyen")).isEqualTo(1);
		assertThat(occurrences(folded(page.text()), folded(LargeMap.STREET))).isEqualTo(1);
	}

	@Test
	void theSheetNumbersBoxIsWhereItWasDrawnOnTheFullSheet() {
		List<HocrWords.Word> twelves = HocrWords.of(page.hocr())
			.stream()
			.filter((word) -> word.text().equals("12"))
			.toList();
		Rectangle where = drawn.sheetNumber();
		Rectangle tolerance = new Rectangle(where.x - 15, where.y - 15, where.width + 30, where.height + 30);

		assertThat(twelves).isNotEmpty()
			.allSatisfy((word) -> assertThat(
					tolerance.contains(word.x0(), word.y0(), word.x1() - word.x0(), word.y1() - word.y0()))
				.as("%s inside %s", word, where)
				.isTrue());
		assertThat(HocrWords.pageSize(page.hocr())).containsExactly(9000, 7000);
	}

	@Test
	void thePageRecordsTheFullImageAndDecodedRegionsStayedBounded() {
		assertThat(page.image()).isNotNull();
		assertThat(page.image().width()).isEqualTo(9000);
		assertThat(page.image().height()).isEqualTo(7000);
		assertThat(page.image().dpi()).isEqualTo(300);
		assertThat(page.image().rotation()).isZero();
		// Never more than one region of 3000 × 3000 pixels decoded at a time per slot,
		// and no more than the pool's 2 × 2 waiting plus the one being decoded.
		assertThat(maps.largestRegionPixels()).isLessThanOrEqualTo(3000L * 3000);
		assertThat(maps.peakRegionsInMemory()).isLessThanOrEqualTo(5);
		assertThat(page.scan()).isNotNull();
		assertThat(millis).isLessThan(60_000);
	}

	/**
	 * The same sheet read the old way, whole and subsampled to the OCR pixel budget (63
	 * MP over 60 MP: every second pixel), for the benchmark notes only:
	 * {@code -Dmapocr.compare=true}.
	 */
	@Test
	@EnabledIfSystemProperty(named = "mapocr.compare", matches = "true")
	void comparedWithTheWholeImagePath() throws IOException {
		Path tiff = folder.resolve("ban-do-dia-chinh-to-12.tif");
		ExtractionProcessor whole = new ExtractionProcessor(new MetadataReader(), recognition,
				new ExtractionProperties(20, 60_000_000L, 2_000_000_000L), LargeFrames.NONE, new PagesInProgress(),
				null);
		long started = System.nanoTime();
		Extraction extraction = whole
			.process(new FingerprintedFile(new ScannedFile(tiff, Files.size(tiff)), Fingerprints.sha256(tiff)));
		PageText old = ((Extraction.Extracted) extraction).pages().getFirst();
		log.info("Whole-image path: {} ms (tiled: {} ms); title block found: {}; words: {} (tiled: {})",
				(System.nanoTime() - started) / 1_000_000, millis,
				LargeMap.TITLE_BLOCK.stream().map((line) -> old.text().contains(line)).toList(),
				HocrWords.of(old.hocr()).size(), HocrWords.of(page.hocr()).size());
	}

	private static String folded(String text) {
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{Mn}", "")
			.replace('đ', 'd')
			.replace('Đ', 'D')
			.toLowerCase(java.util.Locale.ROOT);
	}

	private static int occurrences(String text, String word) {
		Matcher matcher = Pattern.compile(Pattern.quote(word)).matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

}
