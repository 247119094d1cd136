package vn.luutru.search.documents;

import org.junit.jupiter.api.Test;

import vn.luutru.archive.hocr.HocrWords;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal data among OCR words: found across the words OCR split a number into, masked
 * in the hOCR without touching its boxes or markup.
 */
class PersonalWordsTests {

	// Tesseract's hOCR for one line: a phone read as three words, one in bold, and an
	// escaped ampersand.
	private static final String HOCR = """
			<div class='ocr_page' id='page_1' title='image "p.png"; bbox 0 0 2480 3508; ppageno 0'>
			 <span class='ocr_line' id='line_1_1' title="bbox 100 200 2400 260; baseline 0 -7; x_size 40">
			  <span class='ocrx_word' id='word_1_1' title='bbox 100 200 220 260; x_wconf 96'>ĐT:</span>
			  <span class='ocrx_word' id='word_1_2' title='bbox 240 200 480 260; x_wconf 95'><strong>0905</strong></span>
			  <span class='ocrx_word' id='word_1_3' title='bbox 500 200 680 260; x_wconf 93'>111</span>
			  <span class='ocrx_word' id='word_1_4' title='bbox 700 200 880 260; x_wconf 91'>222;</span>
			  <span class='ocrx_word' id='word_1_5' title='bbox 900 200 1000 260; x_wconf 90'>A&amp;B</span>
			  <span class='ocrx_word' id='word_1_6' title='bbox 1020 200 1400 260; x_wconf 97'>977/TB-STNMT</span>
			 </span>
			</div>""";

	@Test
	void theWordsANumberWasSplitIntoAreFoundWithTheirBoxes() {
		assertThat(PersonalWords.in(HOCR)).extracting(HocrWords.Word::text).containsExactly("0905", "111", "222;");
		assertThat(PersonalWords.in(HOCR).getFirst().x0()).isEqualTo(240);
	}

	@Test
	void theirTextIsMaskedAndEverythingElseKept() {
		String masked = PersonalWords.masked(HOCR);
		assertThat(masked)
			.contains("title='bbox 240 200 480 260; x_wconf 95'>••••</span>",
					"title='bbox 500 200 680 260; x_wconf 93'>•••</span>", "x_wconf 91'>222;</span>",
					"x_wconf 96'>ĐT:</span>", ">A&amp;B</span>", ">977/TB-STNMT</span>")
			.doesNotContain("0905", ">111<");
		assertThat(HocrWords.of(masked)).hasSameSizeAs(HocrWords.of(HOCR));
	}

	@Test
	void hOcrWithoutPersonalDataIsLeftAsItIs() {
		String hocr = HOCR.replace("0905", "Sở").replace(">111<", ">Tài<");
		assertThat(PersonalWords.masked(hocr)).isSameAs(hocr);
		assertThat(PersonalWords.in(hocr)).isEmpty();
	}

}
