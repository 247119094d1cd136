package vn.luutru.ingest.ocr;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether words look like Vietnamese syllables: an optional initial consonant, one to
 * three vowels, an optional final consonant, and at most one tone mark.
 *
 * <p>
 * Used to tell a legacy-encoding conversion that produced Vietnamese from one that merely
 * produced Vietnamese letters: TCVN3 gives every byte above 127 a Vietnamese letter, so
 * any Latin-1 noise "converts", but into words such as "ồổỗ" that no syllable has. OCR
 * uses it the same way to tell an upright reading from one of a page fed upside down or
 * sideways, which Tesseract still reads as letters, but not as syllables.
 */
public final class VietnameseSyllables {

	private static final Pattern SYLLABLE = Pattern.compile(
			"(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?[aăâeêioôơuưy]{1,3}(ch|ng|nh|c|m|n|p|t)?");

	private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

	/** Share of words with a Vietnamese letter needed for text to count as Vietnamese. */
	private static final double PLAUSIBLE_SHARE = 0.8;

	private VietnameseSyllables() {
	}

	/**
	 * Whether most words that carry a letter outside ASCII are Vietnamese syllables (text
	 * without any such word is not judged and passes).
	 */
	public static boolean mostlyPlausible(String text) {
		int judged = 0;
		int plausible = 0;
		for (String word : text.split("[^\\p{L}]+")) {
			if (word.chars().allMatch((c) -> c < 0x80)) {
				continue;
			}
			judged++;
			if (isSyllable(word)) {
				plausible++;
			}
		}
		return judged == 0 || plausible >= judged * PLAUSIBLE_SHARE;
	}

	public static boolean isSyllable(String word) {
		String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		StringBuilder marksKept = new StringBuilder();
		int tones = 0;
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (TONES.indexOf(c) >= 0) {
				tones++;
			}
			else {
				marksKept.append(c);
			}
		}
		String bare = Normalizer.normalize(marksKept, Normalizer.Form.NFC);
		return tones <= 1 && SYLLABLE.matcher(bare).matches();
	}

}
