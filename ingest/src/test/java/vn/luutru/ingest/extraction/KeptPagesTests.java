package vn.luutru.ingest.extraction;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.luutru.ingest.intake.FingerprintedFile;
import vn.luutru.ingest.intake.ScannedFile;
import vn.luutru.ingest.limits.InputLimits;
import vn.luutru.ingest.metadata.MetadataReader;
import vn.luutru.ingest.ocr.RecognizedPage;
import vn.luutru.ingest.ocr.TextRecognizer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worker assembling a file asks once per file which of its pages other workers kept,
 * then fetches only those: most files were never spread over workers, and a query per
 * page of every file would be a database round trip for nothing.
 */
class KeptPagesTests {

	private static final String READ_HERE = "Chữ máy này đọc";

	@TempDir
	Path folder;

	private final PageRecognition recognition = new PageRecognition(() -> new TextRecognizer() {

		@Override
		public RecognizedPage recognize(BufferedImage page, int dpi) {
			return new RecognizedPage(READ_HERE, 90, dpi, 0, "", 0);
		}

		@Override
		public void close() {
		}

	}, 300, 1);

	@AfterEach
	void close() {
		this.recognition.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "scan.pdf", "scan.tif" })
	void aFileNoPageOfWhichWasKeptCostsOneQuery(String name) throws IOException {
		CountingSharedPages shared = new CountingSharedPages(Map.of());

		Extraction extraction = processor(shared).process(fivePages(name));

		assertThat(shared.keptAsked).hasValue(1);
		assertThat(shared.found).isEmpty();
		assertThat(extraction).isInstanceOfSatisfying(Extraction.Extracted.class,
				(extracted) -> assertThat(extracted.pages()).extracting(PageText::text).containsOnly(READ_HERE));
	}

	@ParameterizedTest
	@ValueSource(strings = { "scan.pdf", "scan.tif" })
	void onlyThePagesKeptAreFetchedAndTheirTextIsTaken(String name) throws IOException {
		CountingSharedPages shared = new CountingSharedPages(Map.of(2, kept(2), 4, kept(4)));

		Extraction extraction = processor(shared).process(fivePages(name));

		assertThat(shared.keptAsked).hasValue(1);
		assertThat(shared.found).containsExactly(2, 4);
		assertThat(extraction).isInstanceOfSatisfying(Extraction.Extracted.class,
				(extracted) -> assertThat(extracted.pages()).extracting(PageText::text)
					.containsExactly(READ_HERE, "Trang 2 máy khác đọc", READ_HERE, "Trang 4 máy khác đọc", READ_HERE));
	}

	private ExtractionProcessor processor(SharedPages shared) {
		return new ExtractionProcessor(new MetadataReader(), this.recognition,
				new ExtractionProperties(20, 60_000_000L, 2_000_000_000L), InputLimits.defaults(), LargeFrames.NONE,
				new PagesInProgress(), null, shared);
	}

	private static PageText kept(int number) {
		return new PageText(number, "Trang %d máy khác đọc".formatted(number), TextSource.OCR, 91f, null, null, null,
				null);
	}

	/** Five small blank pages, each to OCR: a PDF without text layer, or a TIFF. */
	private FingerprintedFile fivePages(String name) throws IOException {
		Path file = this.folder.resolve(name);
		if (name.endsWith(".pdf")) {
			try (PDDocument document = new PDDocument()) {
				for (int n = 0; n < 5; n++) {
					document.addPage(new PDPage(new PDRectangle(72, 72)));
				}
				document.save(file.toFile());
			}
		}
		else {
			ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
			try (ImageOutputStream output = ImageIO.createImageOutputStream(file.toFile())) {
				writer.setOutput(output);
				writer.prepareWriteSequence(null);
				for (int n = 0; n < 5; n++) {
					writer.writeToSequence(
							new IIOImage(new BufferedImage(60, 40, BufferedImage.TYPE_BYTE_GRAY), null, null), null);
				}
				writer.endWriteSequence();
			}
			finally {
				writer.dispose();
			}
		}
		return new FingerprintedFile(new ScannedFile(file, Files.size(file)), "0".repeat(64));
	}

	/** Pages other workers kept, counting the questions asked about them. */
	private static final class CountingSharedPages implements SharedPages {

		final AtomicInteger keptAsked = new AtomicInteger();

		final List<Integer> found = new CopyOnWriteArrayList<>();

		private final Map<Integer, PageText> pages;

		CountingSharedPages(Map<Integer, PageText> pages) {
			this.pages = pages;
		}

		@Override
		public Optional<PageText> find(String sha256, int number) {
			this.found.add(number);
			return Optional.ofNullable(this.pages.get(number));
		}

		@Override
		public Set<Integer> kept(String sha256) {
			this.keptAsked.incrementAndGet();
			return this.pages.keySet();
		}

		@Override
		public void keep(String sha256, PageText page) {
			throw new UnsupportedOperationException("the assembling worker keeps no page");
		}

	}

}
