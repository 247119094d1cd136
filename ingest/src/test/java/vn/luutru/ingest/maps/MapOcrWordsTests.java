package vn.luutru.ingest.maps;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.luutru.archive.hocr.Box;
import vn.luutru.archive.hocr.HocrWord;
import vn.luutru.archive.hocr.HocrWords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MapOcrWordsTests {

	// 9000 × 7000 at step 1: columns at 0, 2700, 5400, 8100; owned up to 2850, 5550,
	// 8250.
	final List<MapRegions.Region> regions = MapRegions.of(9000, 7000, 1, 3000, 300).regions();

	@Test
	void boxesMoveByTheRegionsOffsetTimesTheSubsamplingStep() {
		MapRegions.Region second = MapRegions.of(20000, 15000, 2, 3000, 300).regions().get(1);
		List<MapWords.Line> lines = MapWords
			.owned(page(line(200, 200, 280, 230, -5, word("SỐ", 200, 200, 280, 230, 91))), second, 2, 20000, 15000);

		assertThat(second.x()).isEqualTo(5400);
		assertThat(lines).singleElement()
			.extracting(MapWords.Line::words)
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.containsExactly(new HocrWord("SỐ", new Box(5400 + 400, 400, 5400 + 560, 460), 91));
		// The baseline 5 region pixels above the line's bottom: 10 full pixels.
		assertThat(lines.getFirst().baseline()).isCloseTo(450, within(0.01));
	}

	@Test
	void aWordSeenInTwoRegionsIsKeptOnceAndACutLineIsJoinedUp() {
		// "ĐƯỜNG NGUYỄN VĂN CỪ" drawn from 2500 to 3200 across the boundary of regions 0
		// and 1; each sees what lies inside it, and "VĂN" (2790–2900, centre 2845) whole
		// in both.
		String left = page(line(2500, 1450, 3000, 1510, -8, word("ĐƯỜNG", 2500, 1450, 2660, 1510, 90),
				word("NGUYỄN", 2680, 1450, 2770, 1510, 88), word("VĂN", 2790, 1452, 2900, 1510, 92),
				word("C", 2950, 1452, 3000, 1510, 40)));
		String right = page(line(0, 1450, 500, 1510, -8, word("YỄN", 2710 - 2700, 1450, 2770 - 2700, 1510, 50),
				word("VĂN", 2790 - 2700, 1452, 2900 - 2700, 1510, 93),
				word("CỪ", 2950 - 2700, 1452, 3050 - 2700, 1510, 95)));

		List<MapWords.Line> lines = MapWords
			.readingOrder(List.of(MapWords.owned(left, this.regions.get(0), 1, 9000, 7000),
					MapWords.owned(right, this.regions.get(1), 1, 9000, 7000)));

		assertThat(MapWords.text(lines)).isEqualTo("ĐƯỜNG NGUYỄN VĂN CỪ");
		assertThat(lines).singleElement().satisfies((line) -> {
			assertThat(line.x0()).isEqualTo(2500);
			assertThat(line.x1()).isEqualTo(3050);
		});
	}

	@Test
	void linesComeRowByRowThenRegionByRegionAsTesseractGaveThem() {
		String first = page(line(100, 100, 400, 150, -5, word("một", 100, 100, 400, 150, 90)),
				line(100, 900, 400, 950, -5, word("hai", 100, 900, 400, 950, 90)));
		String second = page(line(1000, 50, 1300, 100, -5, word("ba", 1000, 50, 1300, 100, 90)));
		String below = page(line(100, 400, 400, 450, -5, word("bốn", 100, 400, 400, 450, 90)));

		List<MapWords.Line> lines = MapWords
			.readingOrder(List.of(MapWords.owned(first, this.regions.get(0), 1, 9000, 7000),
					MapWords.owned(second, this.regions.get(1), 1, 9000, 7000),
					MapWords.owned(below, this.regions.get(4), 1, 9000, 7000)));

		assertThat(MapWords.text(lines)).isEqualTo("một\nhai\nba\nbốn");
	}

	@Test
	void theTextIsNfcAndTheConfidenceTheWordsMean() {
		String decomposed = Normalizer.normalize("Phường", Normalizer.Form.NFD);
		List<MapWords.Line> lines = MapWords.owned(
				page(line(10, 10, 300, 60, -5, word(decomposed, 10, 10, 200, 60, 80), word("7", 220, 10, 300, 60, 60))),
				this.regions.get(0), 1, 9000, 7000);

		assertThat(MapWords.text(lines)).isEqualTo(Normalizer.normalize("Phường 7", Normalizer.Form.NFC));
		assertThat(MapWords.meanConfidence(lines)).isEqualTo(70f);
	}

	@Test
	void theHocrIsReadLikeTesseractsOnTheFullSheet() {
		MapRegions.Region corner = this.regions.get(11);
		List<MapWords.Line> lines = MapWords.owned(page(
				line(100, 400, 400, 460, -10, word("TỜ", 100, 400, 200, 460, 96), word("12", 300, 400, 400, 460, 94))),
				corner, 1, 9000, 7000);
		String hocr = MapWords.hocr(lines, 9000, 7000, 300);

		assertThat(HocrWords.pageSize(hocr)).containsExactly(9000, 7000);
		assertThat(HocrWords.of(hocr)).extracting(HocrWords.Word::text).containsExactly("TỜ", "12");
		HocrWords.Word twelve = HocrWords.of(hocr).get(1);
		assertThat(twelve).extracting(HocrWords.Word::x0, HocrWords.Word::y0, HocrWords.Word::x1, HocrWords.Word::y1)
			.containsExactly(8100 + 300, 5400 + 400, 8100 + 400, 5400 + 460);
		assertThat(twelve.baseline()).isCloseTo(5400 + 450, within(1.0));
		assertThat(hocr).contains("class='ocr_page'", "class='ocr_line'", "class='ocrx_word'", "x_wconf 94");
	}

	@Test
	void markupInWordsIsEscaped() {
		List<MapWords.Line> lines = MapWords.owned(
				page(line(10, 10, 300, 60, -5, word("a&amp;b&lt;", 10, 10, 300, 60, 80))), this.regions.get(0), 1, 9000,
				7000);

		assertThat(HocrWords.of(MapWords.hocr(lines, 9000, 7000, 300))).extracting(HocrWords.Word::text)
			.containsExactly("a&b<");
	}

	static String page(String... lines) {
		return "<div class='ocr_page' id='page_1' title='image \"\"; bbox 0 0 3000 3000; ppageno 0'>"
				+ "<div class='ocr_carea'><p class='ocr_par'>" + String.join("", lines) + "</p></div></div>";
	}

	static String line(int x0, int y0, int x1, int y1, int offset, String... words) {
		return "<span class='ocr_line' title=\"bbox %d %d %d %d; baseline 0 %d; x_size 40\">%s</span>".formatted(x0, y0,
				x1, y1, offset, String.join(" ", words));
	}

	static String word(String text, int x0, int y0, int x1, int y1, int confidence) {
		return "<span class='ocrx_word' title='bbox %d %d %d %d; x_wconf %d'>%s</span>".formatted(x0, y0, x1, y1,
				confidence, text);
	}

}
