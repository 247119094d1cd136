package vn.luutru.search.documents;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import vn.luutru.archive.hocr.HocrWords;

/**
 * The boxes of the words of a page that a query matches, from the page's OCR word boxes,
 * compared as the index compares them: folded (no tone or vowel marks, đ as d, lower
 * case), punctuation aside. A phrase's words are marked wherever they stand.
 */
final class HitBoxes {

	private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

	private HitBoxes() {
	}

	/**
	 * One matched word.
	 *
	 * @param word the word as OCR read it
	 * @param x0 left, in pixels of the page image OCR read
	 * @param y0 top
	 * @param x1 right
	 * @param y1 bottom
	 */
	record Box(String word, int x0, int y0, int x1, int y1) {
	}

	/**
	 * The matched words of a page, with the size of the page image their boxes are in.
	 *
	 * @param width width in pixels of the image OCR read
	 * @param height its height
	 * @param boxes the matched words
	 */
	record Page(int width, int height, List<Box> boxes) {
	}

	/** The page's size from its hOCR, and the boxes the query matches. */
	static Page page(String hocr, String query) {
		int[] size = HocrWords.pageSize(hocr);
		return (size != null) ? new Page(size[0], size[1], of(hocr, query)) : new Page(0, 0, of(hocr, query));
	}

	/** The boxes of the words of {@code hocr} that the query's words and phrases name. */
	static List<Box> of(String hocr, String query) {
		Set<String> wanted = new HashSet<>();
		for (String text : OfficerQuery.parse(query).marked()) {
			for (String word : text.split("\\s+")) {
				String folded = fold(word);
				if (!folded.isEmpty()) {
					wanted.add(folded);
				}
			}
		}
		List<Box> boxes = new ArrayList<>();
		for (HocrWords.Word word : HocrWords.of(hocr)) {
			if (wanted.contains(fold(word.text()))) {
				boxes.add(new Box(word.text(), word.x0(), word.y0(), word.x1(), word.y1()));
			}
		}
		return boxes;
	}

	// A word folded as the snippets fold it, without the punctuation OCR glued to it.
	static String fold(String word) {
		return Snippets.fold(EDGE_PUNCTUATION.matcher(word).replaceAll(""));
	}

}
