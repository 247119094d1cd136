package vn.luutru.search.documents;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Cuts snippets out of pages' text and marks the words the officer typed in them, for one
 * query.
 *
 * <p>
 * Done here rather than by Elasticsearch's highlighter: highlighting a page analyses its
 * text again, exact and folded, which was two thirds of the cost of finding the result
 * list's pages (docs/benchmarks.md); the page text is at hand in the same request. A word
 * typed with diacritics marks the same word on the page, lowercased; typed without (or
 * when the page has lost its diacritics to OCR), it marks the page's words that fold to
 * it. Words found only through an OCR misreading are not marked. Immutable: safe from any
 * thread.
 */
final class Snippets {

	/** About how many characters a snippet holds. */
	static final int LENGTH = 160;

	// How much of what comes before the first marked word a snippet shows.
	private static final int LEAD = 30;

	// Words as the standard tokenizer sees them in Vietnamese text: runs of letters,
	// their combining marks and digits.
	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

	private static final Pattern BLANKS = Pattern.compile("\\s+");

	private final Typed typed;

	private Snippets(Typed typed) {
		this.typed = typed;
	}

	/**
	 * The snippets of one query: its typed words are read once, for every page.
	 * @param query the officer's query as typed
	 */
	static Snippets forQuery(String query) {
		return new Snippets(Typed.of(query));
	}

	/**
	 * The snippet of one page: the passage where the most different typed words are, or
	 * the page's opening when none is on it.
	 * @param text the page's text; null or blank gives {@link Snippet#EMPTY}
	 */
	Snippet of(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Snippet.EMPTY;
		}
		List<Word> words = words(text);
		Typed typed = this.typed;
		boolean[] exact = new boolean[words.size()];
		boolean[] folded = new boolean[words.size()];
		int exactCount = 0;
		int foldedCount = 0;
		for (int i = 0; i < words.size(); i++) {
			exact[i] = typed.exact().contains(words.get(i).lower());
			folded[i] = typed.folded().contains(words.get(i).folded());
			exactCount += exact[i] ? 1 : 0;
			foldedCount += folded[i] ? 1 : 0;
		}
		// Typed with diacritics, the exact form is meant ("đất", not "đặt"), unless the
		// page has lost its marks to OCR; typed without, any form of the words is.
		boolean[] marked = (typed.withDiacritics() && exactCount > 0) ? exact : folded;
		int start = (foldedCount == 0) ? 0 : bestStart(text, words, marked);
		return cut(text, words, marked, start);
	}

	/**
	 * Where the best passage starts: the window of about {@link #LENGTH} characters,
	 * beginning a little before a marked word, that holds the most different marked
	 * words, then the most marks, then comes first.
	 */
	private static int bestStart(String text, List<Word> words, boolean[] marked) {
		int bestStart = 0;
		int bestDistinct = -1;
		int bestMarks = -1;
		for (int m = 0; m < words.size(); m++) {
			if (!marked[m]) {
				continue;
			}
			int start = leadIn(text, words, m);
			Set<String> distinct = new HashSet<>();
			int marks = 0;
			// The window starts at most LEAD characters, so a few words, before word m.
			for (int i = Math.max(0, m - LEAD); i < words.size() && words.get(i).start() < start + LENGTH; i++) {
				Word word = words.get(i);
				if (word.start() >= start && word.end() <= start + LENGTH && marked[i]) {
					distinct.add(word.folded());
					marks++;
				}
			}
			if (distinct.size() > bestDistinct || (distinct.size() == bestDistinct && marks > bestMarks)) {
				bestStart = start;
				bestDistinct = distinct.size();
				bestMarks = marks;
			}
		}
		return bestStart;
	}

	// The start of the word up to LEAD characters before word m, not before the start of
	// m's sentence or line.
	private static int leadIn(String text, List<Word> words, int m) {
		int floor = Math.max(0, words.get(m).start() - LEAD);
		for (int i = words.get(m).start() - 1; i >= floor; i--) {
			char c = text.charAt(i);
			if (c == '.' || c == '\n' || c == ';' || c == ':') {
				floor = i + 1;
				break;
			}
		}
		int start = words.get(m).start();
		for (int i = m - 1; i >= 0 && words.get(i).start() >= floor; i--) {
			start = words.get(i).start();
		}
		// With the punctuation stuck to the word ("(Sở", "<script").
		while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
			start--;
		}
		return start;
	}

	/** The passage from {@code start}, ended after its last whole word. */
	private static Snippet cut(String text, List<Word> words, boolean[] marked, int start) {
		int limit = Math.min(text.length(), start + LENGTH);
		int end = start;
		for (Word word : words) {
			if (word.start() >= start && word.end() <= limit) {
				end = word.end();
			}
		}
		if (limit == text.length()) {
			end = text.length();
		}
		List<Snippet.Part> parts = new ArrayList<>();
		int at = start;
		for (int i = 0; i < words.size(); i++) {
			Word word = words.get(i);
			if (!marked[i] || word.start() < start || word.end() > end) {
				continue;
			}
			if (word.start() > at) {
				parts.add(new Snippet.Part(text.substring(at, word.start()), false));
			}
			parts.add(new Snippet.Part(text.substring(word.start(), word.end()), true));
			at = word.end();
		}
		if (end > at) {
			parts.add(new Snippet.Part(text.substring(at, end), false));
		}
		return new Snippet(parts.stream()
			.map((p) -> p.marked() ? p : new Snippet.Part(oneLine(p.text()), false))
			.filter((p) -> !p.text().isEmpty())
			.toList()).trimmed();
	}

	// Line breaks of OCR text read as spaces in a one-line snippet.
	private static String oneLine(String text) {
		return BLANKS.matcher(text).replaceAll(" ");
	}

	private static List<Word> words(String text) {
		List<Word> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			String word = matcher.group();
			String lower = word.toLowerCase(Locale.ROOT);
			words.add(new Word(matcher.start(), matcher.end(), lower, fold(lower)));
		}
		return words;
	}

	/**
	 * A word folded as the index's {@code vietnamese_folding} filter folds it: tone and
	 * vowel marks removed, đ to d, lowercased.
	 */
	static String fold(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		if (ascii(lower)) {
			return lower;
		}
		String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
		StringBuilder folded = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (c == 'đ') {
				folded.append('d');
			}
			else if (Character.getType(c) != Character.NON_SPACING_MARK) {
				folded.append(c);
			}
		}
		return folded.toString();
	}

	private static boolean ascii(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (word.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A word of the page.
	 *
	 * @param start its first character
	 * @param end after its last character
	 * @param lower lowercased
	 * @param folded folded
	 */
	private record Word(int start, int end, String lower, String folded) {
	}

	/**
	 * The typed words and the words of the typed phrases, lowercased and folded; never
	 * the excluded ones or the field filters.
	 */
	private record Typed(Set<String> exact, Set<String> folded) {

		/** Whether any typed word has a diacritic or đ. */
		boolean withDiacritics() {
			return !this.folded.containsAll(this.exact);
		}

		static Typed of(String query) {
			OfficerQuery parsed = OfficerQuery.parse(query);
			Set<String> exact = new HashSet<>();
			Set<String> folded = new HashSet<>();
			for (String text : parsed.marked()) {
				Matcher matcher = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
				while (matcher.find()) {
					exact.add(matcher.group().toLowerCase(Locale.ROOT));
					folded.add(fold(matcher.group()));
				}
			}
			return new Typed(exact, folded);
		}

	}

}
