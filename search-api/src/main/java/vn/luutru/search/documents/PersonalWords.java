package vn.luutru.search.documents;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.luutru.archive.hocr.HocrWords;

/**
 * Personal data among a page's OCR words: the words it covers, with their boxes (to black
 * them out of the page's picture), and the hOCR with their text masked. The words are
 * read as one text, a blank between each two, so that a phone number OCR read as three
 * words is found as in the page's text.
 */
final class PersonalWords {

	private static final Pattern WORD = Pattern
		.compile("(?s)(<span\\b[^>]*\\bclass=['\"]ocrx_word['\"][^>]*>)(.*?)(</span>)");

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private PersonalWords() {
	}

	/** The words of the hOCR that are, or are part of, personal data. */
	static List<HocrWords.Word> in(String hocr) {
		List<HocrWords.Word> words = HocrWords.of(hocr);
		boolean[] personal = personal(words.stream().map(HocrWords.Word::text).toList());
		List<HocrWords.Word> found = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			if (personal[i]) {
				found.add(words.get(i));
			}
		}
		return found;
	}

	/**
	 * The hOCR with the text of its personal words masked as {@link PersonalData#mask}
	 * masks the page's text; everything else, boxes included, as it was.
	 */
	static String masked(String hocr) {
		Matcher matcher = WORD.matcher(hocr);
		List<String> texts = new ArrayList<>();
		while (matcher.find()) {
			texts.add(text(matcher.group(2)));
		}
		String joined = String.join(" ", texts);
		List<PersonalData.Span> spans = PersonalData.find(joined);
		if (spans.isEmpty()) {
			return hocr;
		}
		String masked = PersonalData.mask(joined);
		StringBuilder out = new StringBuilder(hocr.length());
		matcher.reset();
		int at = 0;
		int word = 0;
		while (matcher.find()) {
			int end = at + texts.get(word).length();
			String inner = matcher.group(2);
			if (covered(spans, at, end)) {
				inner = Snippet.escape(masked.substring(at, end));
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + inner + matcher.group(3)));
			at = end + 1;
			word++;
		}
		matcher.appendTail(out);
		return out.toString();
	}

	/** Which of the words personal data covers, wholly or in part. */
	private static boolean[] personal(List<String> texts) {
		String joined = String.join(" ", texts);
		List<PersonalData.Span> spans = PersonalData.find(joined);
		boolean[] personal = new boolean[texts.size()];
		int at = 0;
		for (int i = 0; i < texts.size(); i++) {
			int end = at + texts.get(i).length();
			personal[i] = covered(spans, at, end);
			at = end + 1;
		}
		return personal;
	}

	private static boolean covered(List<PersonalData.Span> spans, int from, int to) {
		return spans.stream().anyMatch((span) -> span.overlaps(from, to));
	}

	// A word's text as hOCR holds it: inside formatting tags, with XML's escapes.
	private static String text(String inner) {
		String text = TAG.matcher(inner)
			.replaceAll("")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&apos;", "'")
			.replace("&amp;", "&")
			.strip();
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

}
