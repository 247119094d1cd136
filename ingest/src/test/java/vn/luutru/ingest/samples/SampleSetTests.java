package vn.luutru.ingest.samples;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.luutru.ingest.intake.Fingerprints;

import static org.assertj.core.api.Assertions.assertThat;

class SampleSetTests {

	@TempDir
	static Path folder;

	static List<Path> files;

	@BeforeAll
	static void generate() throws IOException {
		files = SampleSet.generate(folder.resolve("a"));
	}

	@Test
	void holdsEveryKindOfPaperTheArchiveTakes() {
		assertThat(files).extracting((path) -> path.getFileName().toString())
			.containsExactly(SampleSet.NOTICE, SampleSet.REPORT, SampleSet.DECISION, SampleSet.LETTER,
					SampleSet.MINUTES, SampleSet.MAP, SampleSet.CORRUPT);
	}

	@Test
	void theScannedNoticeIsImageOnlyWithTwoA4Pages() throws IOException {
		try (PDDocument notice = Loader.loadPDF(folder.resolve("a").resolve(SampleSet.NOTICE).toFile())) {
			assertThat(notice.getNumberOfPages()).isEqualTo(2);
			assertThat(new PDFTextStripper().getText(notice)).isBlank();
		}
	}

	@Test
	void theBornDigitalDecisionHasItsVietnameseTextLayer() throws IOException {
		try (PDDocument decision = Loader.loadPDF(folder.resolve("a").resolve(SampleSet.DECISION).toFile())) {
			assertThat(new PDFTextStripper().getText(decision)).contains("Số: 1234/QĐ-STNMT",
					"ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG");
		}
	}

	@Test
	void theReportIsAThreePageTiffAndTheMapIsLarge() throws IOException {
		assertThat(frames(folder.resolve("a").resolve(SampleSet.REPORT))).isEqualTo(3);
		BufferedImage map = ImageIO.read(folder.resolve("a").resolve(SampleSet.MAP).toFile());
		assertThat((long) map.getWidth() * map.getHeight()).isGreaterThanOrEqualTo(17_000_000L);
	}

	@Test
	void generationIsDeterministic() throws IOException {
		List<Path> again = SampleSet.generate(folder.resolve("b"));
		for (int i = 0; i < files.size(); i++) {
			assertThat(Fingerprints.sha256(again.get(i))).as(again.get(i).getFileName().toString())
				.isEqualTo(Fingerprints.sha256(files.get(i)));
		}
	}

	@Test
	void theCorruptFileIsNotAValidPdf() throws IOException {
		assertThat(Files.readString(folder.resolve("a").resolve(SampleSet.CORRUPT),
				java.nio.charset.StandardCharsets.ISO_8859_1))
			.startsWith("%PDF")
			.doesNotContain("%%EOF");
	}

	@Test
	void everyPageHasItsPrintedText() {
		assertThat(SampleSet.pages()).hasSize(9);
		assertThat(SampleSet.pages().getFirst().text()).contains("Số: 977/TB-STNMT", "1.494", "81,5%");
	}

	private static int frames(Path tiff) throws IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(tiff.toFile())) {
			ImageReader reader = ImageIO.getImageReaders(in).next();
			reader.setInput(in);
			return reader.getNumImages(true);
		}
	}

}
