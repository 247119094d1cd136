package vn.luutru.ingest.searchable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
import static org.mockito.Mockito.verifyNoMoreInteractions;

class HocrProcessorTests {

	static final String SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

	static final FingerprintedFile FILE = new FingerprintedFile(new ScannedFile(Path.of("/scans/bc.tif"), 10), SHA256);

	static final String HOCR = "<div class='ocr_page' title='bbox 0 0 100 50'><span class='ocr_line' "
			+ "title='bbox 1 1 40 20'><span class='ocrx_word' title='bbox 1 1 40 20; x_wconf 90'>đất</span></span></div>";

	@TempDir
	Path derivativesRoot;

	final StoredFiles storedFiles = mock();

	@Test
	void theWordBoxesOfEveryOcrdPageAreKeptWithTheTurnItWasGivenAndRecordedForFixity() throws Exception {
		Derivatives derivatives = new Derivatives(this.derivativesRoot);
		Extraction read = extracted(
				new PageText(1, "đất", TextSource.OCR, 90f, HOCR, new PageImage(100, 50, 300, 90, 0), null, null),
				new PageText(2, "Quyết định", TextSource.TEXT_LAYER, null, null, null, null, null));

		Extraction processed = new HocrProcessor(derivatives, this.storedFiles).process(read);

		assertThat(processed).isSameAs(read);
		DocumentId id = DocumentId.fromSha256(SHA256);
		assertThat(derivatives.hocr(id, 1)).content().contains("ocrx_word", "đất", "luutru-rotation\" content=\"90");
		// The version of the Tesseract installed, asked of the library.
		assertThat(derivatives.hocr(id, 1)).content().containsPattern("ocr-system\" content=\"tesseract 5\\.\\d+");
		assertThat(derivatives.hocr(id, 2)).doesNotExist();
		verify(this.storedFiles).record(id, derivatives.hocr(id, 1));
		verifyNoMoreInteractions(this.storedFiles);
	}

	@Test
	void aPageWhoseWordBoxesCannotBeKeptSetsTheFileAsideWithTheReason() throws Exception {
		Path notAFolder = Files.writeString(this.derivativesRoot.resolve("file"), "");
		Extraction read = extracted(new PageText(1, "đất", TextSource.OCR, 90f, HOCR, null, null, null));

		Extraction processed = new HocrProcessor(new Derivatives(notAFolder), this.storedFiles).process(read);

		assertThat(processed).isInstanceOfSatisfying(Extraction.Failed.class,
				(failed) -> assertThat(failed.reason()).startsWith("không lưu được vị trí chữ (hOCR) của trang 1"));
	}

	@Test
	void aFileSetAsideIsPassedOnAsItIs() throws Exception {
		Extraction.Failed failed = new Extraction.Failed(FILE, "tệp hỏng");

		assertThat(new HocrProcessor(new Derivatives(this.derivativesRoot), this.storedFiles).process(failed))
			.isSameAs(failed);
	}

	static Extraction.Extracted extracted(PageText... pages) {
		return new Extraction.Extracted(FILE, new FileMetadata("image/tiff", null, Map.of()), List.of(pages), null);
	}

}
