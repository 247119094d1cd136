package vn.luutru.ingest.metadata;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataReaderTests {

	@TempDir
	Path folder;

	private final MetadataReader reader = new MetadataReader();

	@Test
	void aPdfIsToldByItsHeaderWhateverItsName() throws IOException {
		Path pdf = this.folder.resolve("ho-so.bin");
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.addPage(new PDPage());
			document.getDocumentInformation().setTitle("Hồ sơ thửa 125");
			document.save(pdf.toFile());
		}

		FileMetadata metadata = this.reader.read(pdf);

		assertThat(metadata.contentType()).isEqualTo("application/pdf");
		assertThat(metadata.title()).isEqualTo("Hồ sơ thửa 125");
		assertThat(metadata.properties()).containsEntry("pages", "2");
	}

	@Test
	void otherFilesAreToldByTika() throws IOException {
		Path png = this.folder.resolve("trang.png");
		ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_BYTE_GRAY), "png", png.toFile());
		Path notPdf = Files.writeString(this.folder.resolve("gia.pdf"), "PDF? không");

		assertThat(this.reader.read(png).contentType()).isEqualTo("image/png");
		assertThat(this.reader.read(notPdf).contentType()).isNotEqualTo("application/pdf");
	}

}
