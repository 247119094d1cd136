package vn.luutru.search.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal data in a page's text (Decree 13/2023/NĐ-CP): citizens' ID numbers (CCCD, old
 * CMND), phone numbers, passport numbers and e-mail addresses, found as spans and masked
 * in place as dossier fields are: every digit but the last three becomes {@value #MASK}
 * ({@code 0905 111 222} → {@code •••• ••• 222}), an address's name before {@code @}
 * entirely. Masking keeps the text's length and everything but the masked characters, so
 * snippets cut from masked text and words' positions stay where they were.
 *
 * <p>
 * Document numbers, dossier codes, parcel and sheet numbers, dates, money amounts, areas
 * and coordinates are left alone ({@link PersonalNumbers} says how they are told apart).
 * Pure and thread-safe.
 */
final class PersonalData {

	/** What replaces a masked character. */
	static final char MASK = '•';

	private static final int SHOWN = 3;

	private static final Pattern EMAIL = Pattern.compile(
			"(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]{1,64}@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");

	// A letter and seven digits; only after "hộ chiếu" or "passport", or it would be a
	// certificate's serial.
	private static final Pattern PASSPORT = Pattern.compile("(?<![\\p{L}\\p{N}])[A-Z] ?\\d{7}(?![\\p{L}\\p{N}])");

	private PersonalData() {
	}

	/** The kinds of personal data found. */
	enum Kind {

		ID_NUMBER, PHONE, PASSPORT, EMAIL

	}

	/**
	 * Where personal data stands in a text.
	 *
	 * @param start its first character
	 * @param end after its last character
	 * @param kind what it is
	 */
	record Span(int start, int end, Kind kind) {

		boolean overlaps(int from, int to) {
			return this.start < to && from < this.end;
		}

	}

	/** The personal data in the text, in order, none overlapping another. */
	static List<Span> find(String text) {
		List<Span> found = new ArrayList<>(PersonalNumbers.find(text));
		Matcher email = EMAIL.matcher(text);
		while (email.find()) {
			found.add(new Span(email.start(), email.end(), Kind.EMAIL));
		}
		Matcher passport = PASSPORT.matcher(text);
		while (passport.find()) {
			if (PersonalNumbers.after(PersonalNumbers.ID_CONTEXT, text, passport.start())) {
				found.add(new Span(passport.start(), passport.end(), Kind.PASSPORT));
			}
		}
		found.sort(Comparator.comparingInt(Span::start));
		List<Span> spans = new ArrayList<>();
		for (Span span : found) {
			if (spans.isEmpty() || spans.getLast().end() <= span.start()) {
				spans.add(span);
			}
		}
		return spans;
	}

	/** Whether the text holds any personal data. */
	static boolean in(String text) {
		return !find(text).isEmpty();
	}

	/** The text with its personal data masked; the same length. */
	static String mask(String text) {
		List<Span> spans = find(text);
		if (spans.isEmpty()) {
			return text;
		}
		char[] masked = text.toCharArray();
		for (Span span : spans) {
			if (span.kind() == Kind.EMAIL) {
				for (int i = span.start(); i < span.end() && masked[i] != '@'; i++) {
					masked[i] = MASK;
				}
				continue;
			}
			int digits = 0;
			for (int i = span.end() - 1; i >= span.start(); i--) {
				if (Character.isLetterOrDigit(masked[i]) && ++digits > SHOWN) {
					masked[i] = MASK;
				}
			}
		}
		return new String(masked);
	}

}
