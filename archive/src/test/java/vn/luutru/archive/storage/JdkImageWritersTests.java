package vn.luutru.archive.storage;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JdkImageWritersTests {

	@Test
	void theJdkTiffWriterIsChosenWhateverElseIsRegistered() {
		// TwelveMonkeys registers a TIFF writer of its own that cannot write tiles.
		assertThat(ImageIO.getImageWritersByFormatName("tiff")).toIterable().hasSizeGreaterThan(1);

		assertThat(JdkImageWriters.of("tiff").getDefaultWriteParam().canWriteTiles()).isTrue();
		assertThat(JdkImageWriters.of("tiff").getClass().getName()).startsWith("com.sun.imageio.");
		assertThat(JdkImageWriters.of("jpeg").getClass().getName()).startsWith("com.sun.imageio.");
	}

}
