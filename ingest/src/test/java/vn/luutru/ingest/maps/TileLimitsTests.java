package vn.luutru.ingest.maps;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Forged headers are refused before decoding; broken files fail with a reason. */
class TileLimitsTests {

	@TempDir
	Path dir;

	private final MapTiler tiler = new MapTiler(TilingProperties.defaults());

	@Test
	void tiffClaiming100000By100000IsRefusedBeforeDecoding() throws Exception {
		Path tiff = this.dir.resolve("bomb.tif");
		Files.write(tiff, TilingFixtures.craftTiff(false, 100_000, 100_000, 3, null, List.of()));
		assertThat(Files.size(tiff)).isLessThan(1024);
		Tiled tiled = this.tiler.tile(tiff, this.dir.resolve("out"), "https://x/b");
		assertThat(tiled).isInstanceOfSatisfying(Tiled.Refused.class,
				(refused) -> assertThat(refused.reason())
					.startsWith("Ảnh quá lớn: 100000 × 100000 = 10 gigapixel vượt giới hạn 2 gigapixel")
					.contains("luutru.tiling.pixel-limit"));
		assertThat(this.dir.resolve("out")).doesNotExist();
	}

	@Test
	void bigTiffClaimingTooManyPixelsIsRefused() throws Exception {
		Path tiff = this.dir.resolve("bomb-big.tif");
		Files.write(tiff, TilingFixtures.craftTiff(true, 60_000, 60_000, 1, null, List.of()));
		assertThat(this.tiler.tile(tiff, this.dir.resolve("out"), "https://x/b")).isInstanceOfSatisfying(
				Tiled.Refused.class,
				(refused) -> assertThat(refused.reason()).startsWith("Ảnh quá lớn: 60000 × 60000 = 3,6 gigapixel"));
	}

	@Test
	void pngClaiming100000By100000IsRefusedBeforeDecoding() throws Exception {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		png.write(PngBandSource.SIGNATURE);
		ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(100_000).putInt(100_000).put((byte) 8).put((byte) 2);
		chunk(png, "IHDR", ihdr.array());
		chunk(png, "IDAT", new byte[] { 0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01 });
		chunk(png, "IEND", new byte[0]);
		Path file = this.dir.resolve("bomb.png");
		Files.write(file, png.toByteArray());
		assertThat(this.tiler.tile(file, this.dir.resolve("out"), "https://x/b")).isInstanceOf(Tiled.Refused.class);
	}

	@Test
	void aLowerLimitRefusesOrdinaryMaps() throws Exception {
		Path png = this.dir.resolve("map.png");
		javax.imageio.ImageIO.write(TilingFixtures.map(600, 400, BufferedImage.TYPE_3BYTE_BGR), "png", png.toFile());
		MapTiler strict = new MapTiler(new TilingProperties(512, 0.8f, 100_000, 4000, 512, 1, "java", "vips",
				java.time.Duration.ofMinutes(30), 200));
		assertThat(strict.tile(png, this.dir.resolve("out"), "https://x/m")).isInstanceOf(Tiled.Refused.class);
	}

	@Test
	void truncatedTiffFailsWithAReason() throws Exception {
		Path tiff = this.dir.resolve("whole.tif");
		TilingFixtures.writeTiff(TilingFixtures.map(1200, 900, BufferedImage.TYPE_3BYTE_BGR), tiff, "LZW", true);
		byte[] bytes = Files.readAllBytes(tiff);
		// The JDK writer puts the IFD first, so the header survives and the tiles are
		// cut.
		Path cut = this.dir.resolve("cut.tif");
		Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 3));
		assertThat(this.tiler.tile(cut, this.dir.resolve("out"), "https://x/c")).isInstanceOfSatisfying(
				Tiled.Failed.class, (failed) -> assertThat(failed.reason()).contains("bị hỏng").contains("("));
	}

	@Test
	void truncatedPngFailsWithAReason() throws Exception {
		Path png = this.dir.resolve("whole.png");
		javax.imageio.ImageIO.write(TilingFixtures.map(1200, 900, BufferedImage.TYPE_3BYTE_BGR), "png", png.toFile());
		byte[] bytes = Files.readAllBytes(png);
		Path cut = this.dir.resolve("cut.png");
		Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
		assertThat(this.tiler.tile(cut, this.dir.resolve("out"), "https://x/c")).isInstanceOfSatisfying(
				Tiled.Failed.class, (failed) -> assertThat(failed.reason()).contains("EOFException"));
	}

	@Test
	void garbageFailsWithAReason() throws Exception {
		Path junk = this.dir.resolve("junk.tif");
		Files.write(junk, "this is not an image at all".getBytes());
		assertThat(this.tiler.tile(junk, this.dir.resolve("out"), "https://x/j")).isInstanceOfSatisfying(
				Tiled.Failed.class, (failed) -> assertThat(failed.reason()).contains("không được hỗ trợ"));
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		ByteBuffer header = ByteBuffer.allocate(8).putInt(data.length).put(type.getBytes());
		out.writeBytes(header.array());
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(type.getBytes());
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

}
