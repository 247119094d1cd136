package vn.luutru.ingest.maps;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every source form the scanners produce tiles to the same pixels. */
class TileSourcesTests {

	static final int WIDTH = 1500;

	static final int HEIGHT = 1100;

	@TempDir
	static Path dir;

	static BufferedImage colour;

	static BufferedImage bilevel;

	static BufferedImage grey;

	@BeforeAll
	static void draw() {
		colour = TilingFixtures.map(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
		bilevel = TilingFixtures.map(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_BINARY);
		grey = TilingFixtures.map(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
	}

	private static TileInfo tileAndCompare(Path source, BufferedImage original, double tolerance) throws Exception {
		Path out = dir.resolve(source.getFileName() + ".tiles");
		// Near-lossless tiles, so the comparison checks decoding and the pyramid, not
		// JPEG.
		TilingProperties nearLossless = new TilingProperties(512, 0.98f, 2_000_000_000L, 4000, 512, 0, "java", "vips",
				java.time.Duration.ofMinutes(30), 200);
		Tiled tiled = new MapTiler(nearLossless).tile(source, out, "https://x/" + source.getFileName());
		assertThat(tiled).as(source.getFileName().toString()).isInstanceOf(Tiled.Ok.class);
		int[][] expected = TilingFixtures.samples(original);
		int bands = original.getRaster().getNumBands();
		for (int scale : new int[] { 1, 2 }) {
			int[][] level = TilingFixtures.reassemble(out, WIDTH, HEIGHT, 512, scale);
			assertThat(level[0].length).as("bands").isEqualTo(expected[0].length / scale + (WIDTH % scale) * bands);
			assertThat(TilingFixtures.meanError(level, TilingFixtures.downscale(expected, bands, scale)))
				.as("%s at scale %d", source.getFileName(), scale)
				.isLessThan(tolerance);
		}
		return ((Tiled.Ok) tiled).info();
	}

	@ParameterizedTest
	@ValueSource(strings = { "LZW", "Deflate", "JPEG" })
	void tiledTiff(String compression) throws Exception {
		Path tiff = dir.resolve("tiled-" + compression + ".tif");
		TilingFixtures.writeTiff(colour, tiff, compression, true);
		tileAndCompare(tiff, colour, 3.5);
	}

	@ParameterizedTest
	@ValueSource(strings = { "LZW", "Deflate", "PackBits" })
	void stripedTiff(String compression) throws Exception {
		Path tiff = dir.resolve("striped-" + compression + ".tif");
		TilingFixtures.writeTiff(colour, tiff, compression, false);
		tileAndCompare(tiff, colour, 3.0);
	}

	@Test
	void greyTiffGivesGreyTiles() throws Exception {
		Path tiff = dir.resolve("grey.tif");
		TilingFixtures.writeTiff(grey, tiff, "LZW", false);
		tileAndCompare(tiff, grey, 3.0);
		BufferedImage tile = ImageIO.read(dir.resolve("grey.tif.tiles/0,0,512,512/512,512/0/default.jpg").toFile());
		assertThat(tile.getRaster().getNumBands()).isEqualTo(1);
	}

	@Test
	void bilevelCcittG4Tiff() throws Exception {
		Path tiff = dir.resolve("g4.tif");
		TilingFixtures.writeTiff(bilevel, tiff, "CCITT T.6", false);
		// Black hairlines on white are JPEG's worst case; the error is still a few
		// levels.
		tileAndCompare(tiff, bilevel, 12.0);
	}

	@Test
	void bigTiff() throws Exception {
		Path tiff = dir.resolve("big.tif");
		Files.write(tiff, TilingFixtures.craftTiff(true, WIDTH, HEIGHT, 3, colour, List.of()));
		tileAndCompare(tiff, colour, 3.0);
	}

	@Test
	void baselineJpeg() throws Exception {
		Path jpeg = dir.resolve("map.jpg");
		writeJpeg(colour, jpeg, 300);
		TileInfo info = tileAndCompare(jpeg, colour, 4.0);
		assertThat(info.dpi()).isEqualTo(300.0);
		assertThat(info.metresPerPixel()).isCloseTo(0.0254 / 300, org.assertj.core.data.Offset.offset(1e-9));
	}

	@Test
	void rgbPng() throws Exception {
		Path png = dir.resolve("rgb.png");
		writePng(colour, png, false, 400);
		TileInfo info = tileAndCompare(png, colour, 3.0);
		assertThat(info.dpi()).isCloseTo(400.0, org.assertj.core.data.Offset.offset(0.1));
	}

	@Test
	void greyAndPalettePngs() throws Exception {
		Path greyPng = dir.resolve("grey.png");
		ImageIO.write(grey, "png", greyPng.toFile());
		tileAndCompare(greyPng, grey, 3.0);
		Path bilevelPng = dir.resolve("bilevel.png");
		ImageIO.write(bilevel, "png", bilevelPng.toFile());
		tileAndCompare(bilevelPng, bilevel, 12.0);
		// Flat parcels of a 16-colour palette: dithering would test JPEG's chroma, not
		// the decoder.
		byte[] r = new byte[16];
		byte[] g = new byte[16];
		byte[] b = new byte[16];
		for (int i = 0; i < 16; i++) {
			r[i] = (byte) (i * 16);
			g[i] = (byte) (255 - i * 12);
			b[i] = (byte) ((i * 97) % 256);
		}
		BufferedImage indexed = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_BINARY,
				new java.awt.image.IndexColorModel(4, 16, r, g, b));
		for (int y = 0; y < HEIGHT; y++) {
			for (int x = 0; x < WIDTH; x++) {
				indexed.getRaster().setSample(x, y, 0, ((x / 64) * 7 + (y / 48) * 3) % 16);
			}
		}
		Path palettePng = dir.resolve("palette.png");
		ImageIO.write(indexed, "png", palettePng.toFile());
		BufferedImage expected = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
		expected.createGraphics().drawImage(indexed, 0, 0, null);
		tileAndCompare(palettePng, expected, 3.5);
	}

	@Test
	void rgbaPngIsFlattenedOntoWhite() throws Exception {
		BufferedImage rgba = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_4BYTE_ABGR);
		rgba.createGraphics().drawImage(colour, 0, 0, null);
		Path png = dir.resolve("rgba.png");
		ImageIO.write(rgba, "png", png.toFile());
		tileAndCompare(png, colour, 3.0);
	}

	@Test
	void interlacedPngIsRefusedAsUnsupported() throws Exception {
		Path png = dir.resolve("interlaced.png");
		writePng(colour, png, true, 0);
		Tiled tiled = new MapTiler(TilingProperties.defaults()).tile(png, dir.resolve("interlaced"), "https://x/i");
		assertThat(tiled).isInstanceOfSatisfying(Tiled.Refused.class,
				(refused) -> assertThat(refused.reason()).contains("xen kẽ").contains("interlaced"));
	}

	static void writeJpeg(BufferedImage image, Path file, int dpi) throws Exception {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ImageWriteParam param = writer.getDefaultWriteParam();
		param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		param.setCompressionQuality(0.95f);
		IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
		IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_jpeg_image_1.0");
		IIOMetadataNode jfif = (IIOMetadataNode) root.getElementsByTagName("app0JFIF").item(0);
		jfif.setAttribute("resUnits", "1");
		jfif.setAttribute("Xdensity", String.valueOf(dpi));
		jfif.setAttribute("Ydensity", String.valueOf(dpi));
		metadata.setFromTree("javax_imageio_jpeg_image_1.0", root);
		try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
			writer.setOutput(out);
			writer.write(null, new IIOImage(image, null, metadata), param);
		}
		writer.dispose();
	}

	static void writePng(BufferedImage image, Path file, boolean interlaced, int dpi) throws Exception {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
		ImageWriteParam param = writer.getDefaultWriteParam();
		param.setProgressiveMode(interlaced ? ImageWriteParam.MODE_DEFAULT : ImageWriteParam.MODE_DISABLED);
		IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
		if (dpi > 0) {
			// The native tree: the JDK's writer turns the standard HorizontalPixelSize
			// into a
			// wrong pHYs.
			IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
			IIOMetadataNode phys = new IIOMetadataNode("pHYs");
			phys.setAttribute("pixelsPerUnitXAxis", String.valueOf(Math.round(dpi / 0.0254)));
			phys.setAttribute("pixelsPerUnitYAxis", String.valueOf(Math.round(dpi / 0.0254)));
			phys.setAttribute("unitSpecifier", "meter");
			root.appendChild(phys);
			metadata.mergeTree("javax_imageio_png_1.0", root);
		}
		try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
			writer.setOutput(out);
			writer.write(null, new IIOImage(image, null, metadata), param);
		}
		writer.dispose();
	}

}
