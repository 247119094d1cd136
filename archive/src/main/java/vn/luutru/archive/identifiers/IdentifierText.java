package vn.luutru.archive.identifiers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How identifiers are read out of text, shared by the pages' {@link IdentifierReader} and
 * the search's reading of an officer's query: each brings its own patterns (a query is
 * looser than a page), the reading of what they match is one. Thread-safe.
 */
public final class IdentifierText {

	/**
	 * A number and symbol ("977/TB-STNMT", "12/2019/QĐ-UBND"), an O for a zero allowed.
	 */
	static final Pattern NUMBER = Pattern.compile(
			"(?<![\\p{L}\\d/.])((?=[\\dO]*\\d)[\\dO]{1,6}\\s*/\\s*(?:\\d{4}\\s*/\\s*)?[A-ZĐ][A-ZĐ0-9&]*(?:\\s*-\\s*[A-ZĐ][A-ZĐ0-9&]*)+)",
			// OCR and typists write symbols in lower case too.
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private IdentifierText() {
	}

	/** The numbers and symbols in a text, in their normal form, in order. */
	public static List<String> documentNumbers(String text) {
		Set<String> found = new LinkedHashSet<>();
		Matcher matcher = NUMBER.matcher(text);
		while (matcher.find()) {
			try {
				found.add(DocumentNumber.of(matcher.group(1)).value());
			}
			catch (IllegalArgumentException ex) {
				// not a number and symbol after all
			}
		}
		return List.copyOf(found);
	}

	/**
	 * The whole numbers a pattern's first group matches, without leading zeros ("012" is
	 * sheet 12), in order.
	 */
	public static List<String> integers(Pattern pattern, String folded) {
		Set<String> found = new LinkedHashSet<>();
		Matcher matcher = pattern.matcher(folded);
		while (matcher.find()) {
			found.add(Integer.toString(Integer.parseInt(matcher.group(1))));
		}
		return List.copyOf(found);
	}

	/**
	 * The dates the patterns match, each with day, month and year as its groups 1 to 3;
	 * "31 tháng 2" is OCR noise, not a date.
	 */
	public static List<LocalDate> dates(String folded, List<Pattern> dayMonthYear) {
		Set<LocalDate> found = new LinkedHashSet<>();
		for (Pattern pattern : dayMonthYear) {
			Matcher matcher = pattern.matcher(folded);
			while (matcher.find()) {
				try {
					found.add(LocalDate.of(Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(2)),
							Integer.parseInt(matcher.group(1))));
				}
				catch (DateTimeException ex) {
					// not a date
				}
			}
		}
		return List.copyOf(found);
	}

}
