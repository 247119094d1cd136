package vn.luutru.ingest.maps;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.luutru.samples.LargeMap;

import static org.assertj.core.api.Assertions.assertThat;

class RegionReadersTests {

	@TempDir
	static Path folder;

	@Test
	void aRegionInsideATiledTiffIsDecodedEvenWhenTwelveMonkeysWasChosen() throws Exception {
		Path tiff = folder.resolve("ban-do.tif");
		LargeMap.writeTiff(tiff, 4000, 3000, 2000, 1000);
		try (ImageInputStream input = ImageIO.createImageInputStream(tiff.toFile())) {
			ImageReader twelveMonkeys = twelveMonkeys();
			twelveMonkeys.setInput(input);
			ImageReadParam param = twelveMonkeys.getDefaultReadParam();
			// Right of and below the origin, across tile boundaries: the region
			// TwelveMonkeys cannot cut from a tiled TIFF.
			param.setSourceRegion(new Rectangle(1300, 700, 1500, 1500));

			ImageReader chosen = RegionReaders.of(twelveMonkeys, 0);
			BufferedImage region = chosen.read(0, param);

			assertThat(chosen).isNotSameAs(twelveMonkeys);
			assertThat(region.getWidth()).isEqualTo(1500);
			assertThat(region.getHeight()).isEqualTo(1500);
			chosen.dispose();
			twelveMonkeys.dispose();
		}
	}

	private static ImageReader twelveMonkeys() {
		for (Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("tiff"); readers.hasNext();) {
			ImageReader reader = readers.next();
			if (reader.getClass().getName().startsWith("com.twelvemonkeys")) {
				return reader;
			}
		}
		throw new IllegalStateException("TwelveMonkeys' TIFF reader is on the class path of the product");
	}

}
