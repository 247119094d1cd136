package vn.luutru.archive.hocr;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One line of an hOCR page ({@code ocr_line}, or a caption, header or floating text) with
 * its words, left to right.
 *
 * @param box the line's box; null for words hOCR gives outside any line
 * @param baseline the line's baseline
 * @param words its words
 */
public record HocrLine(@Nullable Box box, Baseline baseline, List<HocrWord> words) {

	public HocrLine {
		words = List.copyOf(words);
	}

	/**
	 * The y of the baseline under a word's left edge; the word's bottom when the line has
	 * no box.
	 */
	public double baselineUnder(HocrWord word) {
		if (this.box == null) {
			return word.box().y1();
		}
		return this.box.y1() + this.baseline.offset() + this.baseline.slope() * (word.box().x0() - this.box.x0());
	}

}
