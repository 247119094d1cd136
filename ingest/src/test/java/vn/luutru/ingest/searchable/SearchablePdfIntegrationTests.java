package vn.luutru.ingest.searchable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import vn.luutru.ingest.extraction.Extraction;
import vn.luutru.ingest.extraction.ExtractionProcessor;
import vn.luutru.ingest.extraction.ExtractionProperties;
import vn.luutru.ingest.extraction.LargeFrames;
import vn.luutru.ingest.extraction.PageRecognition;
import vn.luutru.ingest.extraction.PageText;
import vn.luutru.ingest.extraction.PagesInProgress;
import vn.luutru.ingest.extraction.TextSource;
import vn.luutru.ingest.intake.FingerprintedFile;
import vn.luutru.archive.storage.Fingerprints;
import vn.luutru.ingest.intake.ScannedFile;
import vn.luutru.ingest.metadata.MetadataReader;
import vn.luutru.ingest.ocr.OcrProperties;
import vn.luutru.ingest.ocr.TextRecognizers;
import vn.luutru.samples.SampleSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The searchable PDF of real OCR output, checked by veraPDF against PDF/A-2u rather than
 * trusted, and read back: the text is there, and where the scan shows it.
 */
class SearchablePdfIntegrationTests {

	@TempDir
	static Path folder;

	static PageRecognition recognition;

	static ExtractionProcessor processor;

	@BeforeAll
	static void samplesAndOcr() throws IOException {
		SampleSet.generate(folder);
		VeraGreenfieldFoundryProvider.initialise();
		OcrProperties ocr = OcrProperties.defaults();
		recognition = new PageRecognition(() -> TextRecognizers.create(ocr), ocr.dpi(), 2);
		processor = new ExtractionProcessor(new MetadataReader(), recognition,
				new ExtractionProperties(20, 60_000_000L, 2_000_000_000L), LargeFrames.NONE, new PagesInProgress(),
				0.75f);
	}

	@AfterAll
	static void closeOcr() {
		recognition.close();
	}

	@Test
	void aScannedNoticeBecomesAPdfaWhoseTextIsFoundWhereTheScanShowsIt() throws Exception {
		Path pdf = searchablePdf(SampleSet.SCANNED_NOTICE, "Thông báo 977/TB-STNMT");

		assertThat(violations(pdf, PDFAFlavour.PDFA_2_U)).isEmpty();
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			// An A4 scan at 300 dpi makes an A4 page again.
			assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(590f, 600f);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("977/TB-STNMT", "Tài nguyên và Môi trường", "1.494");
			WordFinder finder = new WordFinder("977/TB-STNMT");
			finder.setStartPage(1);
			finder.setEndPage(1);
			finder.getText(document);
			// The number sits in the letterhead's left column, near the top of the page.
			assertThat(finder.found).isNotEmpty();
			TextPosition first = finder.found.getFirst();
			assertThat(first.getXDirAdj()).isBetween(20f, 300f);
			assertThat(first.getYDirAdj()).isBetween(40f, 250f);
		}
	}

	@Test
	void theValidatorRejectsAPdfThatIsNotPdfa() throws Exception {
		// The scanner's own PDF: no output intent, no PDF/A identification.
		assertThat(violations(folder.resolve(SampleSet.SCANNED_NOTICE), PDFAFlavour.PDFA_2_U)).isNotEmpty();
	}

	@Test
	void aMultiPageTiffReportBecomesOnePdfaPerDocument() throws Exception {
		Path pdf = searchablePdf(SampleSet.REPORT_TIFF, "Báo cáo đánh giá tác động môi trường");

		assertThat(violations(pdf, PDFAFlavour.PDFA_2_U)).isEmpty();
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertThat(document.getNumberOfPages()).isEqualTo(3);
			assertThat(new PDFTextStripper().getText(document)).contains("ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG");
		}
	}

	private static Path searchablePdf(String sample, String title) throws IOException {
		Path file = folder.resolve(sample);
		Extraction extraction = processor
			.process(new FingerprintedFile(new ScannedFile(file, Files.size(file)), Fingerprints.sha256(file)));
		assertThat(extraction).isInstanceOf(Extraction.Extracted.class);
		Extraction.Extracted extracted = (Extraction.Extracted) extraction;
		List<SearchablePdfs.SourcePage> pages = new ArrayList<>();
		for (PageText page : extracted.pages()) {
			pages.add(new SearchablePdfs.SourcePage(page.number(), page.scan(), page.image().dpi(), page.hocr(),
					(page.source() == TextSource.TEXT_LAYER) ? page.text() : null));
		}
		Path target = folder.resolve(sample + ".searchable.pdf");
		boolean written = new SearchablePdfs(SearchablePdfProperties.defaults()).write(target, title, pages, file,
				extracted.scans().resolve("rendered"));
		assertThat(written).isTrue();
		return target;
	}

	private static List<String> violations(Path pdf, PDFAFlavour flavour) throws Exception {
		try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf.toFile(), flavour)) {
			PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
			ValidationResult result = validator.validate(parser);
			return result.getTestAssertions()
				.stream()
				.filter((assertion) -> assertion.getStatus() == TestAssertion.Status.FAILED)
				.map((assertion) -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
						+ ": " + assertion.getMessage())
				.distinct()
				.toList();
		}
	}

	/** Collects the glyph positions of one word as PDFBox extracts it. */
	static final class WordFinder extends PDFTextStripper {

		final String word;

		List<TextPosition> found = List.of();

		WordFinder(String word) throws IOException {
			this.word = word;
		}

		@Override
		protected void writeString(String text, List<TextPosition> positions) throws IOException {
			int at = text.indexOf(this.word);
			if (at >= 0 && this.found.isEmpty() && positions.size() == text.length()) {
				this.found = positions.subList(at, at + this.word.length());
			}
			super.writeString(text, positions);
		}

	}

}
