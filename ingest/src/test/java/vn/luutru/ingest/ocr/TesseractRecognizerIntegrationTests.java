package vn.luutru.ingest.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.luutru.ingest.samples.SamplePage;
import vn.luutru.ingest.samples.SampleSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * OCR of the generated Vietnamese scans with the real Tesseract, measured as character
 * error rates. Skipped, not failed, where Tesseract's Vietnamese data is not installed.
 */
class TesseractRecognizerIntegrationTests {

	static final OcrProperties OCR = new OcrProperties("vie+eng", null, 300);

	@TempDir
	static Path folder;

	@BeforeAll
	static void samples() throws IOException {
		assumeTrue(Files.isRegularFile(Path.of("/usr/share/tesseract-ocr/5/tessdata/vie.traineddata"))
				|| System.getenv("TESSDATA_PREFIX") != null, "Tesseract with Vietnamese is not installed");
		SampleSet.generate(folder);
	}

	@Test
	void cleanLetterKeepsCodesNumbersAndDiacritics() throws IOException {
		RecognizedPage page = recognize(SampleSet.LETTER, 200);
		String printed = printed(SampleSet.LETTER);

		assertThat(page.text()).contains("1234/STNMT-VP", "Văn phòng đăng ký đất đai");
		assertThat(CharacterErrorRate.of(printed, page.text())).isLessThan(0.02);
		assertThat(page.meanConfidence()).isGreaterThan(80);
	}

	@Test
	void noisyThresholdedMinutesStayReadable() throws IOException {
		RecognizedPage page = recognize(SampleSet.MINUTES, 200);

		assertThat(page.text()).contains("thửa đất số 88");
		assertThat(CharacterErrorRate.of(printed(SampleSet.MINUTES), page.text())).isLessThan(0.05);
	}

	@Test
	void aClosedRecognizerRefusesWork() {
		TextRecognizer recognizer = TextRecognizers.create(OCR);
		recognizer.close();
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> recognizer.recognize(new BufferedImage(10, 10, BufferedImage.TYPE_BYTE_GRAY), 300));
	}

	@Test
	void aMissingLanguageIsAClearError() {
		org.assertj.core.api.Assertions.assertThatExceptionOfType(TesseractUnavailable.class)
			.isThrownBy(() -> TextRecognizers.create(new OcrProperties("xyz", null, 300)))
			.withMessageContaining("tesseract-ocr");
	}

	private static RecognizedPage recognize(String file, int dpi) throws IOException {
		BufferedImage image = ImageIO.read(folder.resolve(file).toFile());
		try (TextRecognizer recognizer = TextRecognizers.create(OCR)) {
			return recognizer.recognize(image, dpi);
		}
	}

	private static String printed(String file) {
		return SampleSet.pages()
			.stream()
			.filter((p) -> p.fileName().equals(file))
			.findFirst()
			.map(SamplePage::text)
			.orElseThrow();
	}

}
