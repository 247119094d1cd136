package vn.luutru.archive.hocr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The words of one page's hOCR with their boxes and the baseline of their line, in the
 * pixels of the image OCR read (for the searchable PDF's text layer, and for the API's
 * hit boxes).
 */
public final class HocrWords {

	private static final Pattern PAGE_BOX = Pattern.compile("class=['\"]ocr_page['\"][^>]*bbox 0 0 (\\d+) (\\d+)");

	private HocrWords() {
	}

	/**
	 * One word.
	 *
	 * @param text the word
	 * @param x0 left edge
	 * @param y0 top edge
	 * @param x1 right edge
	 * @param y1 bottom edge
	 * @param baseline the y of its line's baseline under the word
	 */
	public record Word(String text, int x0, int y0, int x1, int y1, double baseline) {
	}

	/**
	 * The size of the image the boxes are in, from the {@code ocr_page} element's box.
	 * @return width and height, or null when the hOCR does not say
	 */
	public static int @Nullable [] pageSize(String hocr) {
		Matcher matcher = PAGE_BOX.matcher(hocr);
		if (!matcher.find()) {
			return null;
		}
		return new int[] { Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)) };
	}

	/** The words of an hOCR {@code ocr_page} element (or a whole hOCR document). */
	public static List<Word> of(String hocr) {
		List<Word> words = new ArrayList<>();
		for (HocrLine line : HocrLines.of(hocr)) {
			for (HocrWord word : line.words()) {
				Box box = word.box();
				words.add(new Word(word.text(), box.x0(), box.y0(), box.x1(), box.y1(), line.baselineUnder(word)));
			}
		}
		return words;
	}

}
