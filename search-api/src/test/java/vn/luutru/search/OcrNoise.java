package vn.luutru.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;

/**
 * The slips OCR makes on Vietnamese scans, made on purpose and repeatably: a word's
 * diacritics dropped, a tone mark read as another, a word broken in two, a zero read as
 * the letter O. Lines of the title block (the first lines, in capitals) are read as
 * carefully as the rest: nothing is spared.
 */
final class OcrNoise {

	private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

	private final Random random;

	private final double rate;

	/**
	 * @param seed the seed, so that a corpus is the same on every run
	 * @param rate the share of words given a slip
	 */
	OcrNoise(long seed, double rate) {
		this.random = new Random(seed);
		this.rate = rate;
	}

	/** Text without its diacritics, as officers often type it. */
	static String folded(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('đ', 'd')
			.replace('Đ', 'D')
			.toLowerCase(Locale.ROOT);
	}

	/** The text as OCR might read it. */
	String read(String text) {
		StringBuilder read = new StringBuilder(text.length());
		for (String line : text.split("\n", -1)) {
			String[] words = line.split(" ", -1);
			for (int i = 0; i < words.length; i++) {
				read.append(i == 0 ? "" : " ").append(slip(words[i]));
			}
			read.append('\n');
		}
		return Normalizer.normalize(read.toString().stripTrailing(), Normalizer.Form.NFC);
	}

	private String slip(String word) {
		if (word.isEmpty() || this.random.nextDouble() >= this.rate) {
			return word;
		}
		if (word.matches("\\d*0\\d*")) {
			return word.replace('0', 'O');
		}
		if (word.chars().anyMatch(Character::isDigit)) {
			return word;
		}
		return switch (this.random.nextInt(3)) {
			case 0 -> Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
			case 1 -> otherTone(word);
			default -> (word.length() >= 4) ? word.substring(0, 2) + " " + word.substring(2) : word;
		};
	}

	private String otherTone(String word) {
		String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
		for (int i = 0; i < decomposed.length(); i++) {
			if (TONES.indexOf(decomposed.charAt(i)) >= 0) {
				char other = TONES.charAt(this.random.nextInt(TONES.length()));
				return decomposed.substring(0, i) + other + decomposed.substring(i + 1);
			}
		}
		return word;
	}

}
