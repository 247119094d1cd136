package vn.luutru.search.documents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HitBoxesTests {

	// Tesseract's hOCR for one line, as kept beside each OCR'd page.
	private static final String HOCR = """
			<div class='ocr_page' id='page_1' title='image "p.png"; bbox 0 0 2480 3508; ppageno 0'>
			 <span class='ocr_line' id='line_1_1' title="bbox 373 248 1151 288; baseline 0 -7; x_size 40">
			  <span class='ocrx_word' id='word_1_1' title='bbox 373 248 474 281; x_wconf 96'>Sở</span>
			  <span class='ocrx_word' id='word_1_2' title='bbox 490 248 560 281; x_wconf 95'>Tài</span>
			  <span class='ocrx_word' id='word_1_3' title='bbox 575 250 700 288; x_wconf 93'>nguyên,</span>
			  <span class='ocrx_word' id='word_1_4' title='bbox 715 248 790 281; x_wconf 91'>Đà</span>
			  <span class='ocrx_word' id='word_1_5' title='bbox 805 248 920 281; x_wconf 90'>Nẵng</span>
			  <span class='ocrx_word' id='word_1_6' title='bbox 935 248 1151 281; x_wconf 97'>977/TB-STNMT</span>
			 </span>
			</div>""";

	@Test
	void wordsMatchAsTheIndexFoldsThem() {
		assertThat(HitBoxes.of(HOCR, "tai nguyen")).extracting(HitBoxes.Box::word).containsExactly("Tài", "nguyên,");
		assertThat(HitBoxes.of(HOCR, "\"da nang\"")).containsExactly(new HitBoxes.Box("Đà", 715, 248, 790, 281),
				new HitBoxes.Box("Nẵng", 805, 248, 920, 281));
	}

	@Test
	void thePageSizeComesWithTheBoxes() {
		HitBoxes.Page page = HitBoxes.page(HOCR, "Sở");
		assertThat(page.width()).isEqualTo(2480);
		assertThat(page.height()).isEqualTo(3508);
		assertThat(page.boxes()).extracting(HitBoxes.Box::word).containsExactly("Sở");
	}

	@Test
	void codesAndFiltersAreNotWordsToMark() {
		assertThat(HitBoxes.of(HOCR, "977/TB-STNMT")).extracting(HitBoxes.Box::word).containsExactly("977/TB-STNMT");
		assertThat(HitBoxes.of(HOCR, "loai:thong-bao")).isEmpty();
		assertThat(HitBoxes.of(HOCR, "moi truong")).isEmpty();
	}

}
