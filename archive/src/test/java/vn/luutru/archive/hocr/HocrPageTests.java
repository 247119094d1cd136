package vn.luutru.archive.hocr;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HocrPageTests {

	@Test
	void aWrittenPageReadsBackAsItWasWritten() {
		List<HocrLine> lines = List.of(
				new HocrLine(new Box(100, 400, 400, 460), new Baseline(0.012, -10),
						List.of(new HocrWord("TỜ", new Box(100, 400, 200, 460), 96),
								new HocrWord("12", new Box(300, 400, 400, 460), 94))),
				new HocrLine(new Box(50, 600, 300, 640), Baseline.NONE,
						List.of(new HocrWord("a&b<'\"", new Box(50, 600, 300, 640), 80))));

		String hocr = HocrPage.write(lines, 9000, 7000, 300);

		assertThat(HocrWords.pageSize(hocr)).containsExactly(9000, 7000);
		assertThat(HocrLines.of(hocr)).containsExactlyElementsOf(lines);
		assertThat(hocr).contains("class='ocr_page'", "scan_res 300 300", "class='ocr_carea'", "class='ocr_par'",
				"class='ocr_line'", "baseline 0.012 -10", "class='ocrx_word'", "x_wconf 94", "x_size 60");
	}

	@Test
	void anEmptyPageIsStillAPage() {
		String hocr = HocrPage.write(List.of(), 2480, 3508, 300);

		assertThat(HocrWords.pageSize(hocr)).containsExactly(2480, 3508);
		assertThat(HocrLines.of(hocr)).isEmpty();
	}

}
