package vn.luutru.archive.storage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.hocr.AltoPage;

import static org.assertj.core.api.Assertions.assertThat;

class DerivativesHocrTests {

	private static final DocumentId ID = DocumentId.fromSha256("ab".repeat(32));

	private static final String PAGE = "<div class='ocr_page' id='page_1' title='bbox 0 0 100 50'>"
			+ "<span class='ocr_line' title='bbox 0 0 90 20'>"
			+ "<span class='ocrx_word' title='bbox 0 0 40 20; x_wconf 90'>Tài</span></span></div>";

	@TempDir
	Path root;

	@Test
	void theKeptHocrNamesTheTesseractVersionAndAltoReadsItBack() throws Exception {
		Derivatives derivatives = new Derivatives(this.root);

		derivatives.keepHocr(ID, 1, PAGE, 0, "tesseract 5.3.4");

		String hocr = Files.readString(derivatives.hocr(ID, 1), StandardCharsets.UTF_8);
		assertThat(hocr).contains("<meta name=\"ocr-system\" content=\"tesseract 5.3.4\"/>");
		assertThat(AltoPage.of(hocr, "a.pdf", 1)).contains("<softwareVersion>5.3.4</softwareVersion>");
	}

	@Test
	void anOcrSystemThatWouldBreakTheAttributeIsEscapedAndReadBackAsItWas() throws Exception {
		Derivatives derivatives = new Derivatives(this.root);

		derivatives.keepHocr(ID, 1, PAGE, 0, "tesseract 5\"<&");

		String hocr = Files.readString(derivatives.hocr(ID, 1), StandardCharsets.UTF_8);
		assertThat(hocr).contains("content=\"tesseract 5&quot;&lt;&amp;\"");
		assertThat(Derivatives.ocrSystem(hocr)).isEqualTo("tesseract 5\"<&");
	}

	@Test
	void hocrKeptBeforeVersionsWereWrittenIsPlainTesseract() {
		assertThat(Derivatives.ocrSystem("<html><head></head><body></body></html>")).isEqualTo("tesseract");
	}

}
