package vn.luutru.ingest.maps;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The libvips engine: the same layout and the same refusals as the Java engine, run
 * against the real {@code vips} command ({@code ./luutru test} installs libvips-tools).
 */
class VipsTilerTests {

	@TempDir
	Path dir;

	private final VipsTiler vips = new VipsTiler(TilingProperties.defaults());

	@Test
	void vipsIsWhatTheDefaultsChooseHere() {
		assertThat(VipsTiler.available("vips")).as("vips is installed by ./luutru test").isTrue();
		assertThat(Tilers.of(TilingProperties.defaults())).isInstanceOf(VipsTiler.class);
		assertThat(Tilers.of(TilingProperties.javaEngine())).isInstanceOf(MapTiler.class);
	}

	@Test
	void tilesTheSameLayoutAsTheJavaEngineWithTheScaleOfThePaper() throws Exception {
		BufferedImage image = TilingFixtures.map(3000, 2000, BufferedImage.TYPE_INT_RGB);
		Path tiff = this.dir.resolve("map.tif");
		TilingFixtures.writeTiff(image, tiff, "Deflate", true);

		Tiled byVips = this.vips.tile(tiff, this.dir.resolve("vips"), "https://archive.example/iiif/map/1");
		Tiled byJava = new MapTiler(TilingProperties.javaEngine()).tile(tiff, this.dir.resolve("java"),
				"https://archive.example/iiif/map/1");

		assertThat(byVips).isInstanceOfSatisfying(Tiled.Ok.class, (ok) -> {
			assertThat(ok.info().width()).isEqualTo(3000);
			assertThat(ok.info().height()).isEqualTo(2000);
			assertThat(ok.info().scaleFactors()).startsWith(1, 2, 4);
		});
		assertThat(byJava).isInstanceOf(Tiled.Ok.class);
		// Every tile the Java engine makes, vips makes at the same path (vips adds its
		// whole-image rendition under the region name, the Java engine under full/).
		assertThat(TilingFixtures.tilePaths(this.dir.resolve("vips")))
			.containsAll(TilingFixtures.tilePaths(this.dir.resolve("java"))
				.stream()
				.filter((path) -> !path.startsWith("full/"))
				.toList());
		String info = Files.readString(this.dir.resolve("vips/info.json"), StandardCharsets.UTF_8);
		assertThat(info).containsPattern("\"id\" ?: \"https://archive.example/iiif/map/1\"")
			.containsPattern("\"profile\" ?: \"level0\"");
		assertThat(this.dir.resolve("vips/thumbnail.jpg")).isRegularFile();
		assertThat(this.dir.resolve("vips.partial")).doesNotExist();
	}

	@Test
	void aForgedHeaderIsRefusedBeforeVipsRuns() throws Exception {
		Path tiff = this.dir.resolve("bomb.tif");
		Files.write(tiff, TilingFixtures.craftTiff(false, 100_000, 100_000, 3, null, List.of()));

		assertThat(this.vips.tile(tiff, this.dir.resolve("out"), "https://x/b")).isInstanceOfSatisfying(
				Tiled.Refused.class,
				(refused) -> assertThat(refused.reason()).startsWith("Ảnh quá lớn: 100000 × 100000"));
		assertThat(this.dir.resolve("out")).doesNotExist();
	}

	@Test
	void aDamagedFileFailsWithVipsOwnReasonAndLeavesNothingBehind() throws Exception {
		BufferedImage image = TilingFixtures.map(3000, 2000, BufferedImage.TYPE_INT_RGB);
		Path tiff = this.dir.resolve("whole.tif");
		TilingFixtures.writeTiff(image, tiff, "Deflate", true);
		byte[] bytes = Files.readAllBytes(tiff);
		Path damaged = this.dir.resolve("damaged.tif");
		Files.write(damaged, java.util.Arrays.copyOf(bytes, bytes.length / 3));

		Tiled tiled = this.vips.tile(damaged, this.dir.resolve("out"), "https://x/d");

		assertThat(tiled).isInstanceOfSatisfying(Tiled.Failed.class,
				(failed) -> assertThat(failed.reason()).startsWith("Tệp ảnh damaged.tif bị hỏng").contains("vips"));
		assertThat(this.dir.resolve("out")).doesNotExist();
		assertThat(this.dir.resolve("out.partial")).doesNotExist();
	}

	@Test
	void aMapPageOfAPdfIsRenderedAndTiledByBothEngines() throws Exception {
		Path pdf = this.dir.resolve("ban-do.pdf");
		try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
			// An A2 sheet: 4677 × 3307 pixels at 200 dpi, above the 4000-pixel threshold.
			org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage(
					new org.apache.pdfbox.pdmodel.common.PDRectangle(1684, 1191));
			document.addPage(page);
			try (org.apache.pdfbox.pdmodel.PDPageContentStream content = new org.apache.pdfbox.pdmodel.PDPageContentStream(
					document, page)) {
				content.setNonStrokingColor(0.2f, 0.5f, 0.3f);
				content.addRect(100, 100, 800, 600);
				content.fill();
			}
			document.save(pdf.toFile());
		}
		assertThat(Tilers.pdfPageSizes(pdf, 200)).singleElement()
			.satisfies((size) -> assertThat(size).containsExactly(4678, 3308));

		for (Tiler tiler : List.of(this.vips, new MapTiler(TilingProperties.javaEngine()))) {
			Path out = this.dir.resolve("pdf-" + tiler.getClass().getSimpleName());
			Tiled tiled = tiler.tilePdfPage(pdf, 1, 200, out, "https://x/p/1");
			assertThat(tiled).as(tiler.toString())
				.isInstanceOfSatisfying(Tiled.Ok.class, (ok) -> assertThat(ok.info().width()).isBetween(4677, 4679));
			assertThat(out.resolve("info.json")).isRegularFile();
			assertThat(out.resolve("thumbnail.jpg")).isRegularFile();
		}
	}

	@Test
	void aPdfPageTooLargeAtItsResolutionIsRefusedBeforeRendering() throws Exception {
		Path pdf = this.dir.resolve("khong-lo.pdf");
		try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
			// The largest page PDF allows: 200 × 200 inches, 120,000 pixels a side at 600
			// dpi.
			document.addPage(new org.apache.pdfbox.pdmodel.PDPage(
					new org.apache.pdfbox.pdmodel.common.PDRectangle(14400, 14400)));
			document.save(pdf.toFile());
		}
		for (Tiler tiler : List.of(this.vips, new MapTiler(TilingProperties.javaEngine()))) {
			assertThat(tiler.tilePdfPage(pdf, 1, 600, this.dir.resolve("out"), "https://x/p/1")).as(tiler.toString())
				.isInstanceOfSatisfying(Tiled.Refused.class,
						(refused) -> assertThat(refused.reason()).startsWith("Ảnh quá lớn: 120000 × 120000"));
		}
	}

	@Test
	void tilingAPageAgainReplacesItsTilesAndLeavesNothingBeside() throws Exception {
		BufferedImage image = TilingFixtures.map(1200, 900, BufferedImage.TYPE_INT_RGB);
		Path png = this.dir.resolve("map.png");
		javax.imageio.ImageIO.write(image, "png", png.toFile());
		for (Tiler tiler : List.of(this.vips, new MapTiler(TilingProperties.javaEngine()))) {
			Path out = this.dir.resolve("again-" + tiler.getClass().getSimpleName());
			// What an earlier run of another layout, or one that died half way, left.
			Files.createDirectories(out.resolve("0,0,9999,9999/99,99/0"));
			Files.writeString(out.resolve("0,0,9999,9999/99,99/0/default.jpg"), "stale");
			Files.createDirectories(out.resolveSibling(out.getFileName() + ".partial"));

			Tiled tiled = tiler.tile(png, out, "https://x/again/1");

			assertThat(tiled).as(tiler.toString()).isInstanceOf(Tiled.Ok.class);
			assertThat(out.resolve("0,0,9999,9999")).as(tiler.toString()).doesNotExist();
			assertThat(out.resolve("info.json")).isRegularFile();
			assertThat(out.resolveSibling(out.getFileName() + ".partial")).doesNotExist();
		}
	}

}
