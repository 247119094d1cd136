package vn.luutru.ingest.ocr;

import java.util.regex.Pattern;

/**
 * How much of a reading is Vietnamese: of the words made of letters, how many are
 * Vietnamese syllables.
 *
 * <p>
 * Tesseract's LSTM reads a page fed upside down or sideways as plenty of confident
 * letters (its mean confidence stays high, so confidence cannot tell), but hardly ever as
 * syllables: on the benchmark's pages upright readings score 0.97–1.00 and upside-down
 * ones 0.27–0.38. Words with a digit (numbers, dates, document codes such as
 * {@code 977/TB-STNMT}) are not judged: digits read upside down are often digits again
 * (0, 1, 8, 6 and 9), so a page of figures says nothing either way and needs the
 * orientation check.
 *
 * @param words words of letters only
 * @param syllables those that are Vietnamese syllables
 * @param numbers words of digits and the punctuation of numbers and dates only
 * ({@code 125}, {@code 1.494,5}, {@code 15/03/2024})
 */
record Syllables(int words, int syllables, int numbers) {

	private static final Pattern NUMBER = Pattern.compile("\\p{Punct}*\\d[\\d.,/:-]*\\p{Punct}*");

	static Syllables in(String text) {
		int words = 0;
		int syllables = 0;
		int numbers = 0;
		for (String token : text.split("\\s+")) {
			if (token.chars().anyMatch(Character::isDigit)) {
				if (NUMBER.matcher(token).matches()) {
					numbers++;
				}
				continue;
			}
			// "TB-STNMT", "hoà," and "(đã" are words joined to punctuation.
			for (String word : token.split("[^\\p{L}]+")) {
				if (word.isEmpty()) {
					continue;
				}
				words++;
				if (VietnameseSyllables.isSyllable(word)) {
					syllables++;
				}
			}
		}
		return new Syllables(words, syllables, numbers);
	}

	/**
	 * Words read as a syllable or a number: which of two readings of one page, as it came
	 * and turned, read more of it. Numbers count here though not in {@link #share()}: a
	 * page of figures read upside down gives letters, and read upright gives numbers.
	 */
	int readable() {
		return this.syllables + this.numbers;
	}

	/** The share of words that are syllables, 0 for no words. */
	double share() {
		return (this.words == 0) ? 0 : (double) this.syllables / this.words;
	}

}
