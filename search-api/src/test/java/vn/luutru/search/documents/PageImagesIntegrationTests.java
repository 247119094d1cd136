package vn.luutru.search.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.catalog.Documents;
import vn.luutru.search.TwoPagePdf;
import vn.luutru.archive.storage.Derivatives;
import vn.luutru.archive.ServicesProperties;
import vn.luutru.archive.support.TestStores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Page pictures rendered from a document's PDF, against the real catalogue: the result
 * list's thumbnails are made once and kept.
 */
@SpringBootTest
class PageImagesIntegrationTests {

	private static final String DOCUMENT = "7b0000000000000000000001";

	@TempDir
	static Path work;

	@Autowired
	PageImages images;

	@Autowired
	Documents catalogue;

	@Autowired
	ServicesProperties services;

	@DynamicPropertySource
	static void stores(DynamicPropertyRegistry registry) {
		TestStores.register(registry, "search-api");
	}

	@Test
	void pagePicturesAreMadeFromThePdfOnceAndKeptUntilThePdfChanges() throws Exception {
		Path pdf = TwoPagePdf.catalogued(this.catalogue, DOCUMENT, work, "Công văn");
		DocumentId id = DocumentId.of(DOCUMENT);
		Path kept = new Derivatives(this.services.derivativesDir()).thumbnail(id, 2);
		Files.deleteIfExists(kept);
		Files.deleteIfExists(new Derivatives(this.services.derivativesDir()).pagePicture(id, 1));

		byte[] jpeg = this.images.thumbnail(DOCUMENT, 2);

		BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(jpeg));
		// The landscape page, 240 pixels wide, in its own proportions.
		assertThat(thumbnail.getWidth()).isEqualTo(240);
		assertThat(thumbnail.getHeight()).isBetween(168, 171);
		assertThat(kept).hasBinaryContent(jpeg);
		// Kept: asked again, it comes from the file, not from the PDF.
		Files.write(kept, new byte[] { 1, 2, 3 });
		assertThat(this.images.thumbnail(DOCUMENT, 2)).containsExactly(1, 2, 3);
		// Until the PDF is made again.
		Files.setLastModifiedTime(pdf, FileTime.from(Instant.now().plusSeconds(60)));
		assertThat(this.images.thumbnail(DOCUMENT, 2)).isEqualTo(jpeg);
		Files.delete(kept);

		byte[] picture = this.images.jpeg(DOCUMENT, 1);
		assertThat(ImageIO.read(new ByteArrayInputStream(picture)).getWidth()).isEqualTo(1190);
		assertThat(new Derivatives(this.services.derivativesDir()).pagePicture(id, 1)).hasBinaryContent(picture);

		assertThatExceptionOfType(DocumentNotFound.class).isThrownBy(() -> this.images.thumbnail(DOCUMENT, 3));
		assertThatExceptionOfType(DocumentNotFound.class)
			.isThrownBy(() -> this.images.thumbnail("ffffffffffffffffffffffff", 1));
		assertThatExceptionOfType(DocumentNotFound.class).isThrownBy(() -> this.images.thumbnail("../../etc", 1));
	}

}
