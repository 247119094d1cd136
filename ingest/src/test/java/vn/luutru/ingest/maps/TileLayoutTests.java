package vn.luutru.ingest.maps;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The IIIF level-0 layout and the pixels of every level, from a PNG source. */
class TileLayoutTests {

	static final int WIDTH = 3000;

	static final int HEIGHT = 2000;

	@TempDir
	static Path dir;

	static BufferedImage original;

	static Tiled tiled;

	@BeforeAll
	static void tileOnce() throws Exception {
		original = TilingFixtures.map(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
		Path png = dir.resolve("map.png");
		ImageIO.write(original, "png", png.toFile());
		tiled = new MapTiler(TilingProperties.defaults()).tile(png, dir.resolve("out"), "https://example.org/iiif/map");
	}

	@Test
	void writesTheTilesVipsWrites() throws Exception {
		assertThat(tiled).isInstanceOf(Tiled.Ok.class);
		TileInfo info = ((Tiled.Ok) tiled).info();
		assertThat(info.width()).isEqualTo(WIDTH);
		assertThat(info.height()).isEqualTo(HEIGHT);
		assertThat(info.scaleFactors()).containsExactly(1, 2, 4, 8);
		Set<String> paths = TilingFixtures.tilePaths(dir.resolve("out"));
		// 6 × 4 + 3 × 2 + 2 × 1 + 1, named as vips 8.14 names them.
		assertThat(paths).hasSize(33)
			.contains("0,0,512,512/512,512/0/default.jpg", "2560,1536,440,464/440,464/0/default.jpg",
					"2048,0,952,2000/238,500/0/default.jpg", "0,0,3000,2000/375,250/0/default.jpg");
		assertThat(dir.resolve("out/full/375,250/0/default.jpg")).exists();
	}

	@Test
	void infoJsonDescribesALevel0Service() throws Exception {
		String json = Files.readString(dir.resolve("out/info.json")).replaceAll("\\s", "");
		assertThat(json).contains("\"@context\":\"http://iiif.io/api/image/3/context.json\"")
			.contains("\"id\":\"https://example.org/iiif/map\"")
			.contains("\"type\":\"ImageService3\"")
			.contains("\"protocol\":\"http://iiif.io/api/image\"")
			.contains("\"profile\":\"level0\"")
			.contains("\"width\":3000")
			.contains("\"height\":2000")
			.contains("\"scaleFactors\":[1,2,4,8]")
			.contains("{\"width\":375,\"height\":250}", "{\"width\":512,\"height\":341}");
	}

	@Test
	void everyLevelReassemblesToTheDownscaledOriginal() throws Exception {
		int[][] full = TilingFixtures.samples(original);
		for (int scale : new int[] { 1, 2, 4, 8 }) {
			int[][] level = TilingFixtures.reassemble(dir.resolve("out"), WIDTH, HEIGHT, 512, scale);
			assertThat(TilingFixtures.meanError(level, TilingFixtures.downscale(full, 3, scale)))
				.as("mean error at scale %d", scale)
				// JPEG at quality 0.8 blurs the thin lines and text most at the smallest
				// level.
				.isLessThan((scale < 8) ? 3.0 : 5.0);
		}
	}

	@Test
	void writesAThumbnailOfTheLongestSide() throws Exception {
		BufferedImage thumbnail = ImageIO.read(dir.resolve("out/thumbnail.jpg").toFile());
		assertThat(thumbnail.getWidth()).isEqualTo(512);
		assertThat(thumbnail.getHeight()).isEqualTo(341);
	}

	@Test
	void tilesAnAlreadyRenderedPage() throws Exception {
		Tiled page = new MapTiler(TilingProperties.defaults()).tile(original, dir.resolve("page"), "https://x/p");
		assertThat(page).isInstanceOf(Tiled.Ok.class);
		assertThat(TilingFixtures.tilePaths(dir.resolve("page")))
			.isEqualTo(TilingFixtures.tilePaths(dir.resolve("out")));
		int[][] level = TilingFixtures.reassemble(dir.resolve("page"), WIDTH, HEIGHT, 512, 1);
		assertThat(TilingFixtures.meanError(level, TilingFixtures.samples(original))).isLessThan(3.0);
	}

}
