package vn.luutru.ingest.maps;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout checked against {@code vips dzsave --layout iiif3} itself, which the
 * {@code luutru} script installs ({@code libvips-tools}): same tile paths, same
 * {@code info.json} fields. Two deliberate differences: our {@code scaleFactors} also
 * list the last level (whose tile vips writes but does not announce), and we add
 * {@code sizes} with {@code full/{w},{h}} renditions, which OpenSeadragon asks for at
 * that level.
 */
class TileVipsTests {

	@TempDir
	Path dir;

	@ParameterizedTest
	@CsvSource({ "3000, 2000", "3001, 2001", "5000, 700", "513, 300" })
	void sameLayoutAsVips(int width, int height) throws Exception {
		Path png = this.dir.resolve("map.png");
		ImageIO.write(TilingFixtures.map(width, height, BufferedImage.TYPE_3BYTE_BGR), "png", png.toFile());
		Process vips = new ProcessBuilder("vips", "dzsave", png.toString(), this.dir.resolve("vips").toString(),
				"--layout", "iiif3", "--tile-size", "512", "--suffix", ".jpg[Q=80]", "--id", "https://x/iiif")
			.redirectErrorStream(true)
			.start();
		assertThat(vips.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(vips.exitValue()).as(new String(vips.getInputStream().readAllBytes())).isZero();

		Tiled tiled = new MapTiler(TilingProperties.defaults()).tile(png, this.dir.resolve("ours"),
				"https://x/iiif/vips");
		assertThat(tiled).isInstanceOf(Tiled.Ok.class);

		assertThat(TilingFixtures.tilePaths(this.dir.resolve("ours")))
			.isEqualTo(TilingFixtures.tilePaths(this.dir.resolve("vips")));
		String theirs = Files.readString(this.dir.resolve("vips/info.json"));
		String ours = Files.readString(this.dir.resolve("ours/info.json"));
		for (String field : new String[] { "@context", "id", "type", "protocol", "profile", "width", "height" }) {
			assertThat(field(topLevel(ours), field)).as(field).isEqualTo(field(topLevel(theirs), field));
		}
		Set<Integer> vipsFactors = numbers(theirs.substring(theirs.indexOf("scaleFactors")));
		Set<Integer> ourFactors = numbers(ours.substring(ours.indexOf("scaleFactors")));
		assertThat(ourFactors).containsAll(vipsFactors).hasSize(vipsFactors.size() + 1);
		assertThat(field(ours.substring(ours.indexOf("\"tiles\"")), "width")).isEqualTo("512");
	}

	/** The JSON without its arrays, so that only top-level fields are left. */
	private static String topLevel(String json) {
		String previous;
		String current = json;
		do {
			previous = current;
			current = current.replaceAll("\\[[^\\[\\]]*\\]", "null");
		}
		while (!current.equals(previous));
		return current;
	}

	/** The first value of a JSON field, formatting aside. */
	private static String field(String json, String name) {
		Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\"[^\"]*\"|\\d+)").matcher(json);
		assertThat(matcher.find()).as(name).isTrue();
		return matcher.group(1);
	}

	private static Set<Integer> numbers(String fromScaleFactors) {
		String list = fromScaleFactors.substring(fromScaleFactors.indexOf('[') + 1, fromScaleFactors.indexOf(']'));
		Set<Integer> numbers = new TreeSet<>();
		for (String n : list.split(",")) {
			numbers.add(Integer.parseInt(n.trim()));
		}
		return numbers;
	}

}
