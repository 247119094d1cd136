package vn.luutru.archive.corrections;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.luutru.archive.hocr.Baseline;
import vn.luutru.archive.hocr.Box;
import vn.luutru.archive.hocr.HocrLine;
import vn.luutru.archive.hocr.HocrLines;
import vn.luutru.archive.hocr.HocrPage;
import vn.luutru.archive.hocr.HocrWord;

import static org.assertj.core.api.Assertions.assertThat;

class CorrectedHocrTests {

	private static final HocrLine FIRST = new HocrLine(new Box(100, 100, 700, 160), new Baseline(0, -10),
			List.of(new HocrWord("Sở", new Box(100, 100, 200, 160), 90),
					new HocrWord("Tải", new Box(220, 100, 400, 160), 40),
					new HocrWord("nguyen", new Box(420, 100, 700, 160), 50)));

	private static final HocrLine SECOND = new HocrLine(new Box(100, 200, 500, 260), Baseline.NONE,
			List.of(new HocrWord("Số:", new Box(100, 200, 200, 260), 90),
					new HocrWord("977/TB-STNMT", new Box(220, 200, 500, 260), 90)));

	private static final String PAGE = HocrPage.write(List.of(FIRST, SECOND), 1000, 1400, 300);

	@Test
	void aLineWithAsManyWordsKeepsEachWordsBox() {
		CorrectedHocr corrected = CorrectedHocr
			.of(PAGE, List.of(new LineCorrection(new Box(102, 98, 703, 161), "Sở Tài nguyên")))
			.orElseThrow();

		List<HocrLine> lines = HocrLines.of(corrected.pageElement());
		assertThat(lines.getFirst().words()).extracting(HocrWord::text).containsExactly("Sở", "Tài", "nguyên");
		assertThat(lines.getFirst().words()).extracting(HocrWord::box)
			.containsExactlyElementsOf(FIRST.words().stream().map(HocrWord::box).toList());
		assertThat(lines.getFirst().baseline()).isEqualTo(FIRST.baseline());
		assertThat(lines.get(1)).isEqualTo(SECOND);
		assertThat(corrected.text()).isEqualTo("Sở Tài nguyên\nSố: 977/TB-STNMT\n");
	}

	@Test
	void aLineWithOtherWordsSharesItsBoxByLength() {
		CorrectedHocr corrected = CorrectedHocr
			.of(PAGE, List.of(new LineCorrection(new Box(100, 100, 700, 160), "Sở Tài nguyên và Môi trường")))
			.orElseThrow();

		List<HocrWord> words = HocrLines.of(corrected.pageElement()).getFirst().words();
		assertThat(words).extracting(HocrWord::text).containsExactly("Sở", "Tài", "nguyên", "và", "Môi", "trường");
		assertThat(words.getFirst().box().x0()).isEqualTo(100);
		assertThat(words.getLast().box().x1()).isEqualTo(700);
		assertThat(words).allSatisfy((word) -> assertThat(word.box().y0()).isEqualTo(100));
		// "nguyên" (6 letters) is three times as wide as "và" (2 letters).
		int nguyen = words.get(2).box().x1() - words.get(2).box().x0();
		int va = words.get(3).box().x1() - words.get(3).box().x0();
		assertThat(nguyen).isBetween(3 * va - 2, 3 * va + 2);
	}

	@Test
	void aCorrectionOfAnotherLineChangesNothing() {
		assertThat(CorrectedHocr.of(PAGE, List.of(new LineCorrection(new Box(100, 300, 500, 360), "khác")))).isEmpty();
	}

	@Test
	void aReOcrMovingTheLineALittleStillMatchesIt() {
		assertThat(CorrectedLines.matching(new Box(110, 104, 710, 166),
				List.of(new LineCorrection(FIRST.box(), "a"), new LineCorrection(SECOND.box(), "b"))))
			.map(LineCorrection::text)
			.contains("a");
	}

}
