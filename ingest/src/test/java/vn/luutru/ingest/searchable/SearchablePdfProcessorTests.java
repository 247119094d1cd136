package vn.luutru.ingest.searchable;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.index.ArchiveEntry.PageImage;
import vn.luutru.archive.storage.Derivatives;
import vn.luutru.archive.storage.StoredFiles;
import vn.luutru.ingest.extraction.Extraction;
import vn.luutru.ingest.extraction.PageText;
import vn.luutru.ingest.extraction.TextSource;
import vn.luutru.ingest.intake.FingerprintedFile;
import vn.luutru.ingest.intake.ScannedFile;
import vn.luutru.ingest.metadata.FileMetadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

class SearchablePdfProcessorTests {

	static final String SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

	static final String HOCR = "<div class='ocr_page' title='bbox 0 0 200 100'><span class='ocr_line' "
			+ "title='bbox 10 10 90 40'><span class='ocrx_word' title='bbox 10 10 90 40; x_wconf 90'>Tài</span></span></div>";

	@TempDir
	Path work;

	final StoredFiles storedFiles = mock();

	@Test
	void aDocumentWithOcrdPagesGetsItsPdfRecordedForFixityAndItsScansAreLetGo() throws Exception {
		Derivatives derivatives = new Derivatives(this.work.resolve("derivatives"));
		Extraction.Extracted read = withOnePageScan();

		Extraction processed = new SearchablePdfProcessor(new SearchablePdfs(SearchablePdfProperties.defaults()),
				derivatives, this.storedFiles)
			.process(read);

		assertThat(processed).isInstanceOfSatisfying(Extraction.Extracted.class,
				(extracted) -> assertThat(extracted.scans()).isNull());
		assertThat(read.scans()).doesNotExist();
		Path pdf = derivatives.searchablePdf(DocumentId.fromSha256(SHA256));
		verify(this.storedFiles).record(DocumentId.fromSha256(SHA256), pdf);
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertThat(new PDFTextStripper().getText(document)).contains("Tài");
		}
	}

	@Test
	void aPdfThatCannotBeMadeLosesThePdfNotTheDocument() throws Exception {
		Derivatives derivatives = new Derivatives(this.work.resolve("derivatives"));
		Extraction.Extracted read = withOnePageScan();
		SearchablePdfProperties noFont = new SearchablePdfProperties(true, this.work.resolve("no-such-font.ttf"),
				0.75f);

		Extraction processed = new SearchablePdfProcessor(new SearchablePdfs(noFont), derivatives, this.storedFiles)
			.process(read);

		assertThat(processed).isInstanceOfSatisfying(Extraction.Extracted.class, (extracted) -> {
			assertThat(extracted.pages()).isEqualTo(read.pages());
			assertThat(extracted.scans()).isNull();
		});
		assertThat(read.scans()).doesNotExist();
		assertThat(derivatives.searchablePdf(DocumentId.fromSha256(SHA256))).doesNotExist();
		verifyNoInteractions(this.storedFiles);
	}

	@Test
	void aFileSetAsideIsPassedOnAsItIs() throws Exception {
		Extraction.Failed failed = new Extraction.Failed(file(), "tệp hỏng");

		assertThat(new SearchablePdfProcessor(new SearchablePdfs(SearchablePdfProperties.defaults()),
				new Derivatives(this.work), this.storedFiles)
			.process(failed)).isSameAs(failed);
	}

	private Extraction.Extracted withOnePageScan() throws IOException {
		Path scans = Files.createDirectories(this.work.resolve("scans"));
		Path scan = scans.resolve("page-00001.jpg");
		ImageIO.write(new BufferedImage(200, 100, BufferedImage.TYPE_BYTE_GRAY), "jpeg", scan.toFile());
		PageText page = new PageText(1, "Tài", TextSource.OCR, 90f, HOCR, new PageImage(200, 100, 300, 0, 0), null,
				scan);
		return new Extraction.Extracted(file(), new FileMetadata("image/png", "Công văn", Map.of()), List.of(page),
				scans);
	}

	private FingerprintedFile file() {
		return new FingerprintedFile(new ScannedFile(this.work.resolve("cong-van.png"), 10), SHA256);
	}

}
