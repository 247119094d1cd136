package vn.luutru.ingest.metadata;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

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

	@Test
	void aMapScanKeepsNamedFieldsNotTheParsersNoise() throws IOException {
		// A 1200-row sheet written in 8 KB strips: about 300 strip offsets in the file.
		Path tiff = this.folder.resolve("ban-do-to-12.tif");
		writeTiff(new BufferedImage(2000, 1200, BufferedImage.TYPE_BYTE_GRAY), tiff, 300);

		FileMetadata metadata = this.reader.read(tiff);

		assertThat(metadata.contentType()).isEqualTo("image/tiff");
		assertThat(metadata.properties()).containsEntry("format", "image/tiff")
			.containsEntry("width", "2000")
			.containsEntry("height", "1200")
			.containsEntry("resolution", "300x300 dpi")
			.containsEntry("bitsPerSample", "8");
		assertThat(metadata.properties().get("compression")).containsIgnoringCase("LZW");
		assertThat(metadata.properties().keySet()).allSatisfy(
				(name) -> assertThat(name).doesNotContainIgnoringCase("strip").doesNotContainIgnoringCase("file name"));
		assertThat(metadata.properties().values()).noneMatch((value) -> value.contains("apache-tika"));
		assertThat(metadata.properties()).hasSizeLessThan(16);
	}

	@Test
	void aPdfKeepsItsVersionProducerAndDates() throws IOException {
		Path pdf = this.folder.resolve("quyet-dinh.pdf");
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.getDocumentInformation().setCreator("Microsoft Word");
			document.getDocumentInformation().setProducer("Sở TN&MT PDF");
			document.getDocumentInformation().setCreationDate(java.util.Calendar.getInstance());
			document.save(pdf.toFile());
		}

		FileMetadata metadata = this.reader.read(pdf);

		assertThat(metadata.properties()).containsEntry("format", "application/pdf")
			.containsEntry("software", "Microsoft Word")
			.containsEntry("producer", "Sở TN&MT PDF")
			.containsEntry("pages", "1")
			.containsEntry("encrypted", "false")
			.containsKeys("pdfVersion", "created");
	}

	private static void writeTiff(BufferedImage image, Path file, int dpi) throws IOException {
		// The JDK's own writer: another one on the class path may read the resolution
		// differently.
		ImageWriter writer = java.util.stream.Stream
			.iterate(ImageIO.getImageWritersByFormatName("tiff"), java.util.Iterator::hasNext, (it) -> it)
			.map(java.util.Iterator::next)
			.filter((candidate) -> candidate.getClass().getName().startsWith("com.sun.imageio"))
			.findFirst()
			.orElseThrow();
		ImageWriteParam param = writer.getDefaultWriteParam();
		param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		param.setCompressionType("LZW");
		IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
		IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
		IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
		for (String name : new String[] { "HorizontalPixelSize", "VerticalPixelSize" }) {
			IIOMetadataNode size = new IIOMetadataNode(name);
			size.setAttribute("value", Float.toString(25.4f / dpi));
			dimension.appendChild(size);
		}
		root.appendChild(dimension);
		metadata.mergeTree("javax_imageio_1.0", root);
		try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
			writer.setOutput(out);
			writer.write(null, new IIOImage(image, null, metadata), param);
		}
		finally {
			writer.dispose();
		}
	}

}
