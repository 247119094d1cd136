package vn.luutru.archive.hocr;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HocrBoxesTests {

	// Every box a little to the right; a baseline keeps its slope and drops by one.
	final HocrBoxes.Move shift = new HocrBoxes.Move() {

		@Override
		public Box box(Box box) {
			return new Box(box.x0() + 10, box.y0(), box.x1() + 10, box.y1());
		}

		@Override
		public Baseline baseline(Box before, Box after, Baseline baseline) {
			return new Baseline(baseline.slope(), baseline.offset() - 1);
		}

	};

	@Test
	void everyBoxAndBaselineMovesAndTheRestStaysAsItWas() {
		String hocr = """
				<span class='ocr_line' title="bbox 200 1000 1800 1040; baseline 0.035 -8; x_size 40">\
				<span class='ocrx_word' title='bbox 200 1000 300 1040; x_wconf 95'>đất</span></span>""";

		assertThat(HocrBoxes.moved(hocr, this.shift)).isEqualTo("""
				<span class='ocr_line' title="bbox 210 1000 1810 1040; baseline 0.035 -9; x_size 40">\
				<span class='ocrx_word' title='bbox 210 1000 310 1040; x_wconf 95'>đất</span></span>""");
	}

	@Test
	void textWithoutBoxesIsUnchanged() {
		assertThat(HocrBoxes.moved("<p>bbox in words only</p>", this.shift)).isEqualTo("<p>bbox in words only</p>");
	}

}
