package vn.luutru.ingest.ocr;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LevellingTests {

	@Test
	void levelsLinesSoTheyNoLongerSlope() {
		BufferedImage skewed = SkewTests.lines(3);
		Levelling levelling = Levelling.of(3, skewed.getWidth(), skewed.getHeight());

		assertThat(Skew.degrees(levelling.apply(skewed), 8)).isCloseTo(0, within(0.1));
	}

	@Test
	void boxesGoBackToWhereTheirWordsLieOnTheScan() {
		Levelling levelling = Levelling.of(3, 2000, 3000);
		// A word at the right end of a line in the middle: on the scan, turned 3°
		// clockwise about the page's middle, it lies lower by about 800 × tan 3°.
		String hocr = "<span class='ocrx_word' title='bbox 1700 1480 1800 1520; x_wconf 95'>đất</span>";

		assertThat(levelling.hocrOnScan(hocr))
			.isEqualTo("<span class='ocrx_word' title='bbox 1697 1516 1800 1562; x_wconf 95'>đất</span>");
		double[] middle = levelling.onScan(1750, 1500);
		assertThat(middle[1]).isCloseTo(1500 + 750 * Math.sin(Math.toRadians(3)), within(1.0));
	}

	@Test
	void aLineKeepsItsBaselineFallingWithTheSkew() {
		Levelling levelling = Levelling.of(2, 2000, 3000);
		String line = "<span class='ocr_line' title=\"bbox 200 1000 1800 1040; baseline 0 -8; x_size 40\">";

		String moved = levelling.hocrOnScan(line);

		assertThat(moved).matches(".*bbox \\d+ \\d+ \\d+ \\d+; baseline 0\\.035 -\\d+; x_size 40.*");
	}

	@Test
	void theWholePageBoxStaysThePage() {
		Levelling levelling = Levelling.of(-4, 2480, 3508);

		assertThat(levelling.hocrOnScan("title='image \"\"; bbox 0 0 2480 3508; ppageno 0'"))
			.isEqualTo("title='image \"\"; bbox 0 0 2480 3508; ppageno 0'");
	}

}
