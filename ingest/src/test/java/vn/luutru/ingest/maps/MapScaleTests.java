package vn.luutru.ingest.maps;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class MapScaleTests {

	@TempDir
	Path dir;

	@Test
	void readsTheScaleATitleBlockStates() {
		assertThat(MapScale.of("BẢN ĐỒ ĐỊA CHÍNH — TỜ BẢN ĐỒ SỐ 12\nTỷ lệ 1:1000")).hasValue(1000);
		assertThat(MapScale.of("Ty le 1/2.000")).hasValue(2000);
		assertThat(MapScale.of("TL: 1 : 500")).hasValue(500);
		assertThat(MapScale.of("TỶ LỆ 1:10 000")).hasValue(10000);
		// A ratio that is no map scale, or no scale at all.
		assertThat(MapScale.of("tỷ lệ 1:2 giữa hai bên")).isEmpty();
		assertThat(MapScale.of("Diện tích 1.494 m², tỷ lệ che phủ 30%")).isEmpty();
	}

	@Test
	void turnsPaperIntoGroundInInfoJsonUnlessTheMapIsGeoreferenced() throws Exception {
		Path info = this.dir.resolve("info.json");
		Files.writeString(info, "{\"width\": 6000, \"luutru:metresPerPixel\": 8.466666666666667E-5}");
		assertThat(MapScale.apply(info, 1000)).isTrue();
		assertThat(Files.readString(info).replaceAll("\\s", "")).contains("\"luutru:metresPerPixel\":0.0846666",
				"\"luutru:mapScale\":1000", "\"luutru:paperMetresPerPixel\":8.46666");

		Path geo = this.dir.resolve("geo.json");
		Files.writeString(geo, "{\"luutru:metresPerPixel\": 0.5, \"luutru:geo\": {\"epsg\": 3405}}");
		assertThat(MapScale.apply(geo, 1000)).isFalse();
		assertThat(Files.readString(geo)).contains("0.5").doesNotContain("mapScale");
	}

}
