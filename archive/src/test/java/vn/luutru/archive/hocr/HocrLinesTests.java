package vn.luutru.archive.hocr;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HocrLinesTests {

	static final String PAGE = """
			<div class='ocr_page' id='page_1' title='image ""; bbox 0 0 2480 3508; ppageno 0; scan_res 300 300'>
			 <div class='ocr_carea' id='block_1_1' title="bbox 100 200 900 260">
			  <p class='ocr_par' id='par_1_1' lang='vie' title="bbox 100 200 900 260">
			   <span class='ocr_line' id='line_1_1' title="bbox 100 200 900 260; baseline 0.01 -12; x_size 50">
			    <span class='ocrx_word' id='word_1_1' title='bbox 100 200 400 248; x_wconf 91'>Tài</span>
			    <span class='ocrx_word' id='word_1_2' title='bbox 420 205 900 260; x_wconf 87'>nguyên</span>
			   </span>
			   <span class='ocr_caption' id='line_1_2' title="bbox 100 300 300 340">
			    <span class='ocrx_word' id='word_1_3' title='bbox 100 300 300 340'>Tờ</span>
			    <span class='ocrx_word' id='word_1_4' title='x_wconf 80'>no-box</span>
			   </span>
			   <span class='ocr_line' id='line_1_3' title="bbox 100 400 300 440"></span>
			  </p>
			 </div>
			</div>""";

	@Test
	void readsEveryLineWithItsBoxBaselineAndWords() {
		List<HocrLine> lines = HocrLines.of(PAGE);

		assertThat(lines).hasSize(2);
		HocrLine first = lines.getFirst();
		assertThat(first.box()).isEqualTo(new Box(100, 200, 900, 260));
		assertThat(first.baseline()).isEqualTo(new Baseline(0.01, -12));
		assertThat(first.words()).containsExactly(new HocrWord("Tài", new Box(100, 200, 400, 248), 91),
				new HocrWord("nguyên", new Box(420, 205, 900, 260), 87));
	}

	@Test
	void aWordWithoutABoxIsLeftOutAndAMissingConfidenceIsZero() {
		HocrLine caption = HocrLines.of(PAGE).get(1);

		assertThat(caption.baseline()).isEqualTo(Baseline.NONE);
		assertThat(caption.words()).containsExactly(new HocrWord("Tờ", new Box(100, 300, 300, 340), 0));
	}

	@Test
	void wordsAreNfcAndConfidencesWithinZeroToAHundred() {
		String decomposed = Normalizer.normalize("Phường", Normalizer.Form.NFD);
		String hocr = "<span class='ocr_line' title='bbox 0 0 10 10'><span class='ocrx_word' title='bbox 0 0 5 5;"
				+ " x_wconf 140'>" + decomposed + "</span></span>";

		assertThat(HocrLines.of(hocr).getFirst().words()).singleElement().satisfies((word) -> {
			assertThat(word.text()).isEqualTo(Normalizer.normalize("Phường", Normalizer.Form.NFC));
			assertThat(word.confidence()).isEqualTo(100);
		});
	}

	@Test
	void theBaselineRunsFromTheLineBoxsBottomLeftCorner() {
		HocrLine line = HocrLines.of(PAGE).getFirst();

		assertThat(line.baselineUnder(line.words().get(0))).isCloseTo(248, within(1e-9));
		assertThat(line.baselineUnder(line.words().get(1))).isCloseTo(260 - 12 + 0.01 * 320, within(1e-9));
	}

	@Test
	void theWordsOfAPageCarryTheBaselineUnderThem() {
		List<HocrWords.Word> words = HocrWords.of(PAGE);

		assertThat(words).extracting(HocrWords.Word::text).containsExactly("Tài", "nguyên", "Tờ");
		assertThat(words.get(1).baseline()).isCloseTo(260 - 12 + 0.01 * 320, within(1e-9));
		assertThat(words.get(2).baseline()).isEqualTo(340);
		assertThat(HocrWords.pageSize(PAGE)).containsExactly(2480, 3508);
	}

	@Test
	void boxesMayLieLeftOfOrAboveTheImage() {
		assertThat(Box.ofTitle("bbox -3 -4 10 20; x_wconf 5")).isEqualTo(new Box(-3, -4, 10, 20));
		assertThat(Box.ofTitle("x_wconf 5")).isNull();
	}

}
