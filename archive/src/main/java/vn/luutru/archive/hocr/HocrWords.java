package vn.luutru.archive.hocr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import vn.luutru.archive.hocr.HocrXml;

/**
 * The words of one page's hOCR with their boxes and the baseline of their line, in the
 * pixels of the image OCR read (for the searchable PDF's text layer, and for the API's
 * hit boxes).
 */
public final class HocrWords {

	private static final Pattern BBOX = Pattern.compile("bbox (\\d+) (\\d+) (\\d+) (\\d+)");

	private static final Pattern BASELINE = Pattern.compile("baseline (-?[\\d.]+) (-?[\\d.]+)");

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

	private static final Pattern PAGE_BOX = Pattern.compile("class=['\"]ocr_page['\"][^>]*bbox 0 0 (\\d+) (\\d+)");

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
		NodeList spans = HocrXml.parse(hocr).getElementsByTagName("span");
		List<Word> words = new ArrayList<>();
		int @Nullable [] line = null;
		double[] baseline = { 0, 0 };
		for (int i = 0; i < spans.getLength(); i++) {
			Element span = (Element) spans.item(i);
			String kind = span.getAttribute("class");
			String title = span.getAttribute("title");
			if (kind.equals("ocr_line") || kind.equals("ocr_caption") || kind.equals("ocr_textfloat")
					|| kind.equals("ocr_header")) {
				line = box(title);
				Matcher matcher = BASELINE.matcher(title);
				baseline = matcher.find()
						? new double[] { Double.parseDouble(matcher.group(1)), Double.parseDouble(matcher.group(2)) }
						: new double[] { 0, 0 };
			}
			else if (kind.equals("ocrx_word")) {
				int[] box = box(title);
				String text = span.getTextContent().strip();
				if (box == null || text.isEmpty()) {
					continue;
				}
				// hOCR's baseline: slope and offset from the line box's bottom left
				// corner.
				double y = (line != null) ? line[3] + baseline[1] + baseline[0] * (box[0] - line[0]) : box[3];
				words.add(new Word(text, box[0], box[1], box[2], box[3], y));
			}
		}
		return words;
	}

	private static int @Nullable [] box(String title) {
		Matcher matcher = BBOX.matcher(title);
		if (!matcher.find()) {
			return null;
		}
		return new int[] { Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
				Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(4)) };
	}

}
