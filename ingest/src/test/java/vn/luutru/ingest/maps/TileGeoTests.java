package vn.luutru.ingest.maps;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.luutru.ingest.maps.TilingFixtures.Field;

import static org.assertj.core.api.Assertions.assertThat;

/** GeoTIFF keys and scanner resolution come back in the tile info. */
class TileGeoTests {

	@TempDir
	Path dir;

	@Test
	void readsTheGeoKeysOfAVn2000GeoTiff() throws Exception {
		BufferedImage map = TilingFixtures.map(800, 600, BufferedImage.TYPE_3BYTE_BGR);
		// VN-2000 / UTM zone 48N (EPSG:3405), 0.5 m pixels, upper-left at (585000,
		// 2330000).
		List<Field> geo = List.of(Field.doubles(ImageMetadata.MODEL_PIXEL_SCALE, 0.5, 0.5, 0),
				Field.doubles(ImageMetadata.MODEL_TIEPOINT, 0, 0, 0, 585000, 2330000, 0),
				Field.shorts(ImageMetadata.GEO_KEY_DIRECTORY, 1, 1, 0, 3, 1024, 0, 1, 1, 3072, 0, 1, 3405, 3076, 0, 1,
						9001));
		Path tiff = this.dir.resolve("geo.tif");
		Files.write(tiff, TilingFixtures.craftTiff(false, 800, 600, 3, map, geo));
		Tiled tiled = new MapTiler(TilingProperties.defaults()).tile(tiff, this.dir.resolve("out"), "https://x/g");
		assertThat(tiled).isInstanceOf(Tiled.Ok.class);
		TileInfo info = ((Tiled.Ok) tiled).info();
		GeoReference reference = info.geo();
		assertThat(reference).isNotNull();
		assertThat(reference.epsg()).isEqualTo(3405);
		assertThat(reference.projected()).isTrue();
		assertThat(reference.tiePoints()).containsExactly(new GeoReference.TiePoint(0, 0, 0, 585000, 2330000, 0));
		assertThat(reference.footprint(800, 600)).containsExactly(new GeoReference.Corner(585000, 2330000),
				new GeoReference.Corner(585400, 2330000), new GeoReference.Corner(585400, 2329700),
				new GeoReference.Corner(585000, 2329700));
		assertThat(info.metresPerPixel()).isEqualTo(0.5);
		// The same facts go into info.json, where the viewer and other IIIF clients read
		// them; the vips engine writes them too.
		Tiled byVips = new VipsTiler(TilingProperties.defaults()).tile(tiff, this.dir.resolve("vips"), "https://x/g");
		assertThat(byVips).isInstanceOf(Tiled.Ok.class);
		for (String engine : List.of("out", "vips")) {
			String json = Files.readString(this.dir.resolve(engine).resolve("info.json"));
			assertThat(json.replaceAll("\\s", "")).as(engine)
				.contains("\"luutru:metresPerPixel\":0.5", "\"epsg\":3405",
						"\"footprint\":[[585000.0,2330000.0],[585400.0,2330000.0],[585400.0,2329700.0],[585000.0,2329700.0]]");
		}
	}

	@Test
	void geographicCrsHasNoMetresPerPixel() throws Exception {
		BufferedImage map = TilingFixtures.map(600, 400, BufferedImage.TYPE_BYTE_GRAY);
		List<Field> geo = List.of(Field.doubles(ImageMetadata.MODEL_PIXEL_SCALE, 0.0001, 0.0001, 0),
				Field.doubles(ImageMetadata.MODEL_TIEPOINT, 0, 0, 0, 105.8, 21.03, 0),
				Field.shorts(ImageMetadata.GEO_KEY_DIRECTORY, 1, 1, 0, 2, 1024, 0, 1, 2, 2048, 0, 1, 4756));
		Path tiff = this.dir.resolve("wgs.tif");
		Files.write(tiff, TilingFixtures.craftTiff(false, 600, 400, 1, map, geo));
		TileInfo info = ((Tiled.Ok) new MapTiler(TilingProperties.defaults()).tile(tiff, this.dir.resolve("out"),
				"https://x/w"))
			.info();
		assertThat(info.geo().epsg()).isEqualTo(4756);
		assertThat(info.geo().projected()).isFalse();
		assertThat(info.metresPerPixel()).isNull();
	}

	@Test
	void plainScanGivesMetresPerPixelFromItsDpi() throws Exception {
		BufferedImage map = TilingFixtures.map(600, 400, BufferedImage.TYPE_3BYTE_BGR);
		List<Field> resolution = List.of(Field.rational(282, 400, 1), Field.rational(283, 400, 1),
				Field.shorts(296, 2));
		Path tiff = this.dir.resolve("scan.tif");
		Files.write(tiff, TilingFixtures.craftTiff(false, 600, 400, 3, map, resolution));
		TileInfo info = ((Tiled.Ok) new MapTiler(TilingProperties.defaults()).tile(tiff, this.dir.resolve("out"),
				"https://x/s"))
			.info();
		assertThat(info.geo()).isNull();
		assertThat(info.dpi()).isEqualTo(400.0);
		assertThat(info.metresPerPixel()).isCloseTo(0.0254 / 400, Offset.offset(1e-9));
	}

}
