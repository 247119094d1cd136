package vn.luutru.ingest.searchable;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.corrections.CorrectedHocr;
import vn.luutru.archive.corrections.LineCorrection;
import vn.luutru.archive.hocr.Baseline;
import vn.luutru.archive.hocr.Box;
import vn.luutru.archive.hocr.HocrLine;
import vn.luutru.archive.hocr.HocrPage;
import vn.luutru.archive.hocr.HocrWord;
import vn.luutru.archive.storage.Derivatives;
import vn.luutru.archive.storage.StoredFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class TextLayerRebuildTests {

	static final DocumentId ID = DocumentId.of("7e0000000000000000000001");

	@TempDir
	Path work;

	final StoredFiles storedFiles = mock();

	@Test
	void aCorrectedPagesTextLayerIsRebuiltFromItsHocrAndStaysPdfa() throws Exception {
		// given: a searchable PDF made from a page and the words OCR read on it
		Derivatives derivatives = new Derivatives(this.work.resolve("derivatives"));
		Box line = new Box(100, 100, 700, 160);
		String hocr = HocrPage.write(List.of(new HocrLine(line, Baseline.NONE,
				List.of(new HocrWord("khai", new Box(100, 100, 300, 160), 90),
						new HocrWord("thác", new Box(320, 100, 500, 160), 90),
						new HocrWord("nuớc", new Box(520, 100, 700, 160), 40)))),
				1000, 700, 200);
		Path image = this.work.resolve("page.jpg");
		BufferedImage picture = new BufferedImage(1000, 700, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = picture.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 1000, 700);
		g.dispose();
		ImageIO.write(picture, "jpeg", image.toFile());
		Path pdf = derivatives.searchablePdf(ID);
		SearchablePdf.write(pdf, "Quyết định", List.of(new SearchablePdf.Page(image, 200, hocr, null)),
				SearchablePdfProperties.defaults().font());
		// and the officer's correction kept as the page's hOCR
		derivatives.keepHocr(ID, 1,
				CorrectedHocr.of(hocr, List.of(new LineCorrection(line, "khai thác nước dưới đất")))
					.orElseThrow()
					.pageElement(),
				0);

		// when
		int rebuilt = new TextLayers(derivatives, this.storedFiles, SearchablePdfProperties.defaults()).rebuild(ID);

		// then
		assertThat(rebuilt).isOne();
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("khai thác nước dưới đất").doesNotContain("nuớc");
			assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(360f);
		}
		verify(this.storedFiles).record(ID, pdf);
		VeraGreenfieldFoundryProvider.initialise();
		try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf.toFile(), PDFAFlavour.PDFA_2_U)) {
			PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_U, false);
			assertThat(validator.validate(parser).getTestAssertions())
				.noneMatch((assertion) -> assertion.getStatus() == TestAssertion.Status.FAILED);
		}
	}

}
