package vn.luutru.ingest.searchable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.catalog.PdfaConformance;
import vn.luutru.archive.catalog.PdfaConformances;
import vn.luutru.archive.storage.Derivatives;
import vn.luutru.archive.storage.Fingerprints;
import vn.luutru.archive.storage.StoredFiles;
import vn.luutru.archive.support.TestStores;
import vn.luutru.ingest.extraction.Extraction;
import vn.luutru.ingest.extraction.PageText;
import vn.luutru.ingest.extraction.TextSource;
import vn.luutru.ingest.intake.FingerprintedFile;
import vn.luutru.ingest.intake.ScannedFile;
import vn.luutru.ingest.metadata.FileMetadata;
import vn.luutru.ingest.metadata.TechnicalMetadata;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Born-digital PDFs generated here are checked by veraPDF at ingestion, with the finding
 * recorded in the real PostgreSQL catalogue: one that is not PDF/A gets a PDF/A-2u
 * derivative that veraPDF passes; one that is PDF/A-2u already is recorded as conforming
 * and gets none.
 */
@SpringBootTest(classes = BornDigitalPdfaIntegrationTests.Catalogue.class)
class BornDigitalPdfaIntegrationTests {

	private static final Path FONT = SearchablePdfProperties.defaults().font();

	@TempDir
	Path work;

	@DynamicPropertySource
	static void stores(DynamicPropertyRegistry registry) {
		TestStores.register(registry, "ingest-pdfa");
	}

	@Autowired
	PdfaConformances conformances;

	@Autowired
	StoredFiles storedFiles;

	private final PdfaValidator validator = new PdfaValidator();

	@Test
	void aPdfThatIsNotPdfaGetsADerivativeThatPasses() throws Exception {
		Path original = wordProcessorPdf(this.work.resolve("quyet-dinh-977.pdf"));
		Derivatives derivatives = new Derivatives(this.work.resolve("derivatives"));

		ingest(original, derivatives);

		DocumentId id = DocumentId.fromSha256(Fingerprints.sha256(original));
		PdfaConformance recorded = this.conformances.find(id).orElseThrow();
		assertThat(recorded.conforming()).isFalse();
		assertThat(recorded.claimedFlavour()).isNull();
		assertThat(recorded.summary()).contains("không khai báo");
		assertThat(recorded.derivativeFlavour()).isEqualTo("2u");
		Path derivative = derivatives.searchablePdf(id);
		assertThat(derivative).isNotEmptyFile();
		assertThat(this.validator.check(derivative, PDFAFlavour.PDFA_2_U).conforming()).isTrue();
		try (PDDocument made = org.apache.pdfbox.Loader.loadPDF(derivative.toFile())) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(made)).contains("Quyết định");
		}
	}

	@Test
	void aPdfaIsRecordedAsConformingWithoutADerivative() throws Exception {
		// A PDF/A-2u made the way the archive makes them, then ingested as an original.
		Path pdfa = this.work.resolve("thong-bao-pdfa.pdf");
		new SearchablePdfs(SearchablePdfProperties.defaults()).writeRendered(pdfa, "Thông báo",
				List.of(new SearchablePdfs.SourcePage(1, null, 0, null, "Thông báo số 12")),
				wordProcessorPdf(this.work.resolve("thong-bao.pdf")), this.work.resolve("scratch"));
		Derivatives derivatives = new Derivatives(this.work.resolve("derivatives"));

		ingest(pdfa, derivatives);

		DocumentId id = DocumentId.fromSha256(Fingerprints.sha256(pdfa));
		PdfaConformance recorded = this.conformances.find(id).orElseThrow();
		assertThat(recorded.conforming()).isTrue();
		assertThat(recorded.claimedFlavour()).isEqualTo("2u");
		assertThat(recorded.derivativeFlavour()).isNull();
		assertThat(derivatives.searchablePdf(id)).doesNotExist();
	}

	private void ingest(Path original, Derivatives derivatives) throws Exception {
		FingerprintedFile file = new FingerprintedFile(new ScannedFile(original, Files.size(original)),
				Fingerprints.sha256(original));
		PageText page = new PageText(1, "Quyết định số 977/QĐ-STNMT", TextSource.TEXT_LAYER, null, null, null, null,
				null);
		Extraction.Extracted extracted = new Extraction.Extracted(file,
				new FileMetadata("Quyết định", TechnicalMetadata.of("application/pdf")), List.of(page), null);
		new BornDigitalPdfaProcessor(this.validator, new SearchablePdfs(SearchablePdfProperties.defaults()),
				derivatives, this.storedFiles, this.conformances)
			.process(extracted);
	}

	/** A PDF as a word processor writes one: real text in an embedded font, no PDF/A. */
	private static Path wordProcessorPdf(Path target) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			PDType0Font font = PDType0Font.load(document, FONT.toFile());
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(font, 14);
				content.newLineAtOffset(72, 700);
				content.showText("Quyết định số 977/QĐ-STNMT về việc cấp giấy phép môi trường");
				content.endText();
			}
			document.save(target.toFile());
		}
		return target;
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Catalogue {

	}

}
