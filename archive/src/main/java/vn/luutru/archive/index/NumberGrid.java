package vn.luutru.archive.index;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The number grids of a map's text: a cadastral sheet is mostly parcel numbers, read line
 * by line from the drawing, hundreds of one- to four-digit tokens beside a title block of
 * a few words. Scored as words, they make the sheet a very long text in which its title
 * block, ward and scale weigh nothing, and every number in the query finds every sheet.
 * They are kept apart: out of the text documents are ranked by, read as the sheet's
 * parcels instead.
 */
public final class NumberGrid {

	// A grid line: at least this many tokens…
	private static final int MIN_TOKENS = 6;

	// …of which at least this share are short numbers.
	private static final double MIN_NUMBERS = 0.8;

	private static final Pattern SHORT_NUMBER = Pattern.compile("[\\dOo]{0,3}\\d[\\dOo]{0,3}");

	private static final Pattern NUMBER_WITH_O = Pattern.compile("(?<![\\p{L}\\d])[\\dOo]*\\d[\\dOo]*(?![\\p{L}\\d])");

	private NumberGrid() {
	}

	/** Whether a line is part of a number grid. */
	public static boolean isGrid(String line) {
		String[] tokens = line.strip().split("\\s+");
		if (tokens.length < MIN_TOKENS) {
			return false;
		}
		long numbers = java.util.Arrays.stream(tokens).filter((t) -> SHORT_NUMBER.matcher(t).matches()).count();
		return numbers >= MIN_NUMBERS * tokens.length;
	}

	/**
	 * The text as documents are ranked by it: without its grid lines, and with the zeros
	 * OCR read as the letter O in numbers ("2O19") read as zeros, so that the number
	 * typed finds them.
	 */
	public static String words(String text) {
		if (text.isEmpty()) {
			return text;
		}
		StringBuilder words = new StringBuilder(text.length());
		text.lines().filter((line) -> !isGrid(line)).forEach((line) -> words.append(line).append('\n'));
		return NUMBER_WITH_O.matcher(words.toString().stripTrailing())
			.replaceAll((run) -> run.group().replace('O', '0').replace('o', '0'));
	}

	/**
	 * The numbers of the grid lines, in reading order, as written (zeros read as O
	 * repaired).
	 */
	public static List<String> numbers(String text) {
		List<String> numbers = new ArrayList<>();
		text.lines().filter(NumberGrid::isGrid).forEach((line) -> {
			for (String token : line.strip().split("\\s+")) {
				if (SHORT_NUMBER.matcher(token).matches()) {
					numbers.add(Integer.toString(Integer.parseInt(token.replace('O', '0').replace('o', '0'))));
				}
			}
		});
		return numbers;
	}

}
