package vn.luutru.archive.hocr;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The one reader of hOCR's lines and words: Tesseract's {@code ocr_page} element (or a
 * whole hOCR document, or a stored file) read into lines with their boxes, baselines and
 * words, every word NFC with its box and confidence.
 */
public final class HocrLines {

	private static final Set<String> LINES = Set.of("ocr_line", "ocr_caption", "ocr_textfloat", "ocr_header");

	private static final Pattern CONFIDENCE = Pattern.compile("x_wconf (-?\\d+)");

	private HocrLines() {
	}

	/**
	 * The lines that hold words, in document order; a word without a box is left out.
	 * @throws IllegalArgumentException for hOCR that is not well-formed
	 */
	public static List<HocrLine> of(String hocr) {
		NodeList spans = HocrXml.parse(hocr).getElementsByTagName("span");
		List<HocrLine> lines = new ArrayList<>();
		Box box = null;
		Baseline baseline = Baseline.NONE;
		List<HocrWord> words = new ArrayList<>();
		for (int i = 0; i < spans.getLength(); i++) {
			Element span = (Element) spans.item(i);
			String kind = span.getAttribute("class");
			String title = span.getAttribute("title");
			if (LINES.contains(kind)) {
				add(lines, box, baseline, words);
				box = Box.ofTitle(title);
				baseline = Baseline.ofTitle(title);
				words = new ArrayList<>();
			}
			else if (kind.equals("ocrx_word")) {
				HocrWord word = word(span, title);
				if (word != null) {
					words.add(word);
				}
			}
		}
		add(lines, box, baseline, words);
		return lines;
	}

	private static @Nullable HocrWord word(Element span, String title) {
		Box box = Box.ofTitle(title);
		String text = Normalizer.normalize(span.getTextContent().strip(), Normalizer.Form.NFC);
		if (box == null || text.isEmpty()) {
			return null;
		}
		Matcher confidence = CONFIDENCE.matcher(title);
		return new HocrWord(text, box,
				confidence.find() ? Math.clamp(Integer.parseInt(confidence.group(1)), 0, 100) : 0);
	}

	private static void add(List<HocrLine> lines, @Nullable Box box, Baseline baseline, List<HocrWord> words) {
		if (!words.isEmpty()) {
			lines.add(new HocrLine(box, baseline, words));
		}
	}

}
