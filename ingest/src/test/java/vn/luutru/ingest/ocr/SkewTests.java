package vn.luutru.ingest.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SkewTests {

	@Test
	void findsTheAngleOfLinesOfTextEitherWay() {
		for (double degrees : new double[] { 0, 0.6, 2.5, -3.2, 6.0 }) {
			assertThat(Skew.degrees(lines(degrees), 8)).as("lines at %s°", degrees).isCloseTo(degrees, within(0.1));
		}
	}

	@Test
	void aBlankPageOrOneBeyondTheRangeIsTakenAsLevel() {
		BufferedImage blank = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
		blank.getGraphics().fillRect(0, 0, 1240, 1754);

		assertThat(Skew.degrees(blank, 8)).isZero();
		assertThat(Math.abs(Skew.degrees(lines(12), 8))).isLessThan(12);
	}

	/**
	 * Forty lines of dashes, like lines of words, on grey paper the size of an A4 page at
	 * 300 dpi, turned clockwise.
	 */
	static BufferedImage lines(double degrees) {
		BufferedImage page = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D graphics = page.createGraphics();
		try {
			graphics.setColor(new Color(225, 225, 225));
			graphics.fillRect(0, 0, 2480, 3508);
			graphics.rotate(Math.toRadians(degrees), 1240, 1754);
			graphics.setColor(new Color(30, 30, 30));
			for (int line = 0; line < 40; line++) {
				for (int word = 0; word < 12; word++) {
					graphics.fillRect(300 + word * 160 + (line * 26) % 40, 300 + line * 72, 80 + (word * 14) % 60, 28);
				}
			}
		}
		finally {
			graphics.dispose();
		}
		return page;
	}

}
