package vn.luutru.ingest.ocr;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextDirectionTests {

	@Test
	void linesAcrossTheImageAreUpright() {
		TextDirection direction = new TextDirection();
		direction.line(8, 100, 200, 1900, 215);
		direction.line(7, 100, 260, 1500, 270);

		assertThat(direction.turn()).isZero();
	}

	@Test
	void linesRunningDownTheImageLieAQuarterClockwise() {
		TextDirection direction = new TextDirection();
		direction.line(8, 2000, 100, 2010, 1900);
		direction.line(7, 1940, 100, 1945, 1500);
		// A stamp's caption across the page does not outvote them.
		direction.line(3, 100, 100, 400, 100);

		assertThat(direction.turn()).isEqualTo(270);
	}

	@Test
	void linesRunningUpOrBackwardsTurnTheOtherWays() {
		TextDirection up = new TextDirection();
		up.line(8, 100, 1900, 110, 100);
		TextDirection backwards = new TextDirection();
		backwards.line(8, 1900, 100, 100, 110);

		assertThat(up.turn()).isEqualTo(90);
		assertThat(backwards.turn()).isEqualTo(180);
	}

	@Test
	void singleWordsAndNoMajoritySayNothing() {
		TextDirection direction = new TextDirection();
		direction.line(1, 100, 100, 100, 900);
		assertThat(direction.turn()).isZero();
		direction.line(4, 100, 100, 900, 100);
		direction.line(4, 100, 100, 100, 900);
		assertThat(direction.turn()).isZero();
	}

}
