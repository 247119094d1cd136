package vn.luutru.ingest.extraction;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.luutru.ingest.intake.FingerprintedFile;
import vn.luutru.ingest.intake.ScannedFile;
import vn.luutru.ingest.limits.InputLimits;
import vn.luutru.ingest.metadata.MetadataReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page or a file over its deadline is set aside with the reason, instead of holding the
 * batch up.
 */
class PageDeadlineTests {

	@TempDir
	Path folder;

	// No page gets as far as OCR here.
	private final PageRecognition recognition = new PageRecognition(() -> {
		throw new IllegalStateException("no OCR in this test");
	}, 300, 1);

	@AfterEach
	void close() {
		this.recognition.close();
	}

	@Test
	void aPageOverItsDeadlineSetsItsFileAsideWithTheReason() throws IOException {
		Extraction extraction = processor(Duration.ofNanos(1), Duration.ofHours(1)).process(scan());

		assertThat(extraction).isInstanceOfSatisfying(Extraction.Failed.class,
				(failed) -> assertThat(failed.reason()).contains("trang 1 không đọc xong", "page-timeout"));
	}

	@Test
	void aFileOverItsDeadlineIsSetAsideWithTheReason() throws IOException {
		Extraction extraction = processor(Duration.ofMinutes(5), Duration.ofNanos(1)).process(scan());

		assertThat(extraction).isInstanceOfSatisfying(Extraction.Failed.class,
				(failed) -> assertThat(failed.reason()).contains("tệp không đọc xong", "file-timeout"));
	}

	private ExtractionProcessor processor(Duration page, Duration file) {
		return new ExtractionProcessor(new MetadataReader(), this.recognition,
				new ExtractionProperties(20, 60_000_000L, 2_000_000_000L),
				InputLimits.defaults().withTimeouts(page, file), LargeFrames.NONE, new PagesInProgress(), null);
	}

	/** A one-page scan: an A4 page that is one grey image at 150 dpi. */
	private FingerprintedFile scan() throws IOException {
		Path pdf = this.folder.resolve("scan.pdf");
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			BufferedImage white = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.drawImage(LosslessFactory.createFromImage(document, white), 0, 0, PDRectangle.A4.getWidth(),
						PDRectangle.A4.getHeight());
			}
			document.save(pdf.toFile());
		}
		return new FingerprintedFile(new ScannedFile(pdf, Files.size(pdf)), "0".repeat(64));
	}

}
