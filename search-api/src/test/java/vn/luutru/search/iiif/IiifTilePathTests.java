package vn.luutru.search.iiif;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Only segments of the Image API 3 grammar reach the file system.
 */
class IiifTilePathTests {

	@Test
	void aTileRequestOfTheGrammarNamesAFileInsideThePageFolder() {
		Path folder = Path.of("/data/derivatives/x/iiif/page-0001");
		TilePath tile = TilePath.of("0,512,512,512", "512,512", "0", "default", "jpg");
		assertThat(tile.in(folder)).isEqualTo(folder.resolve("0,512,512,512/512,512/0/default.jpg"));
		assertThat(TilePath.of("full", "max", "0", "default", "jpg")).hasToString("full/max/0/default.jpg");
		assertThat(TilePath.of("pct:10,10,50.5,50", "^!300,200", "!90", "gray", "png")).isNotNull();
	}

	@Test
	void anythingElseIsNotFound() {
		for (String[] bad : new String[][] { { "..", "512,512", "0", "default", "jpg" },
				{ "0,0,512,512", "..", "0", "default", "jpg" }, { "0,0,512,512", "512,512", "..", "default", "jpg" },
				{ "0,0,512,512", "512,512", "0", ".", "jpg" }, { "0,0,512,512", "512,512", "0", "default", "json" },
				{ "../../etc", "512,512", "0", "default", "jpg" }, { "0,0,512", "512,512", "0", "default", "jpg" },
				{ "0,0,512,512", "512,512", "0", "info", "json" }, { "full", "max%2F..", "0", "default", "jpg" },
				{ "full", "max", "0", "default\u0000", "jpg" } }) {
			assertThatExceptionOfType(IiifNotFound.class).as(String.join("/", bad))
				.isThrownBy(() -> TilePath.of(bad[0], bad[1], bad[2], bad[3], bad[4]));
		}
	}

}
