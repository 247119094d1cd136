package vn.luutru.ingest.ocr;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TextRecognizersTests {

	@Test
	void aMissingLanguageModelIsAClearErrorNamingThePackages(@TempDir Path empty) {
		assertThatExceptionOfType(TesseractUnavailable.class)
			.isThrownBy(() -> TextRecognizers.of(new OcrProperties("vie+eng", empty, 300, 0, true, 0.7, 20, 2.0, 8)))
			.withMessageContaining("vie.traineddata")
			.withMessageContaining(empty.toString())
			.withMessageContaining(
					"apt-get install -y tesseract-ocr tesseract-ocr-vie libtesseract-dev libleptonica-dev");
	}

}
