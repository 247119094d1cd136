package vn.luutru.samples;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

class SampleSetTests {

	@TempDir
	static Path work;

	static Path folder;

	static List<Path> files;

	@BeforeAll
	static void generate() throws IOException {
		folder = work.resolve("a");
		files = SampleSet.generate(folder);
	}

	@Test
	void writesEveryFileItPromises() {
		assertThat(files).extracting((file) -> file.getFileName().toString())
			.containsExactly(SampleSet.SCANNED_NOTICE, SampleSet.REPORT_TIFF, SampleSet.BORN_DIGITAL_DECISION,
					SampleSet.LETTER_PNG, SampleSet.MINUTES_JPEG, SampleSet.MAP_TIFF, SampleSet.DAMAGED_PDF);
		assertThat(files).allSatisfy((file) -> assertThat(file).isRegularFile().isNotEmptyFile());
	}

	@Test
	void theScannedNoticeIsTwoA4PagesOfImageWithoutText() throws IOException {
		try (PDDocument notice = Loader.loadPDF(folder.resolve(SampleSet.SCANNED_NOTICE).toFile())) {
			assertThat(notice.getNumberOfPages()).isEqualTo(2);
			assertThat(notice.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
			assertThat(new PDFTextStripper().getText(notice)).isBlank();
			assertThat(notice.getPage(0).getResources().getXObjectNames()).hasSize(1);
		}
		assertThat(SampleSet.file(SampleSet.SCANNED_NOTICE)).satisfies((file) -> {
			assertThat(file.width()).isEqualTo(2480);
			assertThat(file.height()).isEqualTo(3508);
		});
	}

	@Test
	void theScannedNoticeCarriesTheIdentifiersMetadataExtractionLooksFor() {
		String first = SampleSet.expectedText(SampleSet.SCANNED_NOTICE, 1);
		assertThat(first).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 977/TB-STNMT",
				"Cần Thơ, ngày 25 tháng 10 năm 2019", "THÔNG BÁO", "Sở Tài nguyên và Môi trường",
				"thửa đất số 125, tờ bản đồ số 12", "ĐÀ NẴNG", "1.494", "81,5%");
		assertThat(SampleSet.expectedText(SampleSet.SCANNED_NOTICE, 2)).contains("Nơi nhận:");
	}

	@Test
	void theBornDigitalDecisionHasItsVietnameseTextLayer() throws IOException {
		try (PDDocument decision = Loader.loadPDF(folder.resolve(SampleSet.BORN_DIGITAL_DECISION).toFile())) {
			assertThat(decision.getNumberOfPages()).isEqualTo(2);
			assertThat(decision.getDocumentInformation().getTitle()).startsWith("Quyết định");
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setEndPage(1);
			// Line breaks are layout: a phrase may wrap.
			assertThat(stripper.getText(decision).replaceAll("\\s+", " ")).contains("Số: 1234/QĐ-STNMT",
					"Ủy ban nhân dân thành phố Đà Nẵng", "QUYẾT ĐỊNH");
		}
	}

	@Test
	void theReportIsAThreePageGreyTiffWithDistinctPages() throws IOException {
		try (ImageInputStream input = ImageIO.createImageInputStream(folder.resolve(SampleSet.REPORT_TIFF).toFile())) {
			ImageReader reader = ImageIO.getImageReaders(input).next();
			reader.setInput(input);
			assertThat(reader.getNumImages(true)).isEqualTo(3);
			BufferedImage last = reader.read(2);
			assertThat(last.getWidth()).isEqualTo(2480);
			assertThat(last.getHeight()).isEqualTo(3508);
			assertThat(last.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
			reader.dispose();
		}
		assertThat(SampleSet.expectedText(SampleSet.REPORT_TIFF, 1)).contains("ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG");
		assertThat(SampleSet.expectedText(SampleSet.REPORT_TIFF, 2)).contains("tài nguyên nước");
		assertThat(SampleSet.expectedText(SampleSet.REPORT_TIFF, 3)).contains("giấy phép môi trường");
	}

	@Test
	void theSinglePageScansHaveTheirResolutionsSize() throws IOException {
		BufferedImage letter = ImageIO.read(folder.resolve(SampleSet.LETTER_PNG).toFile());
		assertThat(letter.getWidth()).isEqualTo(2480);
		assertThat(letter.getHeight()).isEqualTo(3508);
		BufferedImage minutes = ImageIO.read(folder.resolve(SampleSet.MINUTES_JPEG).toFile());
		assertThat(minutes.getWidth()).isEqualTo(1654);
		assertThat(minutes.getHeight()).isEqualTo(2339);
	}

	@Test
	void theMapSheetIsALargeTiledTiff() throws IOException {
		try (ImageInputStream input = ImageIO.createImageInputStream(folder.resolve(SampleSet.MAP_TIFF).toFile())) {
			ImageReader reader = ImageIO.getImageReaders(input).next();
			reader.setInput(input);
			assertThat(reader.getWidth(0)).isEqualTo(6000);
			assertThat(reader.getHeight(0)).isEqualTo(4500);
			assertThat(reader.isImageTiled(0)).isTrue();
			assertThat(reader.getTileWidth(0)).isEqualTo(512);
			reader.dispose();
		}
		assertThat(SampleSet.expectedText(SampleSet.MAP_TIFF, 1)).contains("BẢN ĐỒ ĐỊA CHÍNH — TỜ BẢN ĐỒ SỐ 12");
	}

	@Test
	void theDamagedPdfHasAHeaderButCannotBeOpened() throws IOException {
		Path damaged = folder.resolve(SampleSet.DAMAGED_PDF);
		assertThat(Files.readAllBytes(damaged)).startsWith("%PDF-".getBytes());
		assertThatIOException().isThrownBy(() -> Loader.loadPDF(damaged.toFile()).close());
		assertThat(SampleSet.file(SampleSet.DAMAGED_PDF).damaged()).isTrue();
	}

	@Test
	void generatingAgainGivesTheSameBytes() throws IOException {
		List<Path> again = SampleSet.generate(work.resolve("b"));
		for (int i = 0; i < files.size(); i++) {
			assertThat(sha256(again.get(i))).as(again.get(i).getFileName().toString()).isEqualTo(sha256(files.get(i)));
		}
	}

	private static String sha256(Path file) throws IOException {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
