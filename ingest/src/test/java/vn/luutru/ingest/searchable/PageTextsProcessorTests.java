package vn.luutru.ingest.searchable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.index.ArchiveEntry.PageImage;
import vn.luutru.archive.storage.PageRecords;
import vn.luutru.archive.storage.PageTexts;
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

class PageTextsProcessorTests {

	static final String SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

	static final FingerprintedFile FILE = new FingerprintedFile(new ScannedFile(Path.of("/scans/bc.pdf"), 10), SHA256);

	@TempDir
	Path derivativesRoot;

	final StoredFiles storedFiles = mock();

	@Test
	void everyPagesTextAndHowItWasReadAreKeptAndRecordedForFixity() throws Exception {
		PageTexts pageTexts = new PageTexts(this.derivativesRoot, this.storedFiles);
		Extraction read = new Extraction.Extracted(FILE,
				new FileMetadata("application/pdf", "Quyết định", Map.of("author", "Sở TN&MT")),
				List.of(new PageText(1, "Thông báo số 977/TB-STNMT", TextSource.OCR, 91.5f, "<div/>",
						new PageImage(2480, 3508, 300, 90, 0.8f), null, null),
						new PageText(2, "Quyết định về việc giao đất", TextSource.TEXT_LAYER, null, null, null, null,
								null)),
				null);

		Extraction processed = new PageTextsProcessor(pageTexts).process(read);

		assertThat(processed).isSameAs(read);
		DocumentId id = DocumentId.fromSha256(SHA256);
		assertThat(pageTexts.readText(id, 1)).isEqualTo("Thông báo số 977/TB-STNMT");
		assertThat(pageTexts.readText(id, 2)).isEqualTo("Quyết định về việc giao đất");
		assertThat(pageTexts.text(id, 2)).hasParent(this.derivativesRoot.resolve(id.value()).resolve("ocr"));
		assertThat(pageTexts.read(id)).contains(new PageRecords(Map.of("author", "Sở TN&MT"),
				List.of(new PageRecords.Page(1, "ocr", 91.5f, new PageRecords.Image(2480, 3508, 300, 90, 0.8f)),
						new PageRecords.Page(2, "text-layer", null, null))));
		verify(this.storedFiles).record(id, pageTexts.text(id, 1));
		verify(this.storedFiles).record(id, pageTexts.text(id, 2));
		verify(this.storedFiles).record(id, pageTexts.records(id));
	}

	@Test
	void aDocumentWhoseTextsCannotBeKeptIsSetAsideWithTheReason() throws Exception {
		Path notAFolder = Files.writeString(this.derivativesRoot.resolve("file"), "");
		Extraction read = new Extraction.Extracted(FILE, new FileMetadata("application/pdf", null, Map.of()),
				List.of(new PageText(1, "đất", TextSource.TEXT_LAYER, null, null, null, null, null)), null);

		Extraction processed = new PageTextsProcessor(new PageTexts(notAFolder, this.storedFiles)).process(read);

		assertThat(processed).isInstanceOfSatisfying(Extraction.Failed.class,
				(failed) -> assertThat(failed.reason()).startsWith("không lưu được chữ của các trang"));
	}

	@Test
	void aDocumentNotKeptHasNoRecords() throws Exception {
		assertThat(new PageTexts(this.derivativesRoot, this.storedFiles).read(DocumentId.fromSha256(SHA256))).isEmpty();
	}

}
