package vn.luutru.archive.identifiers;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text as the identifier patterns read it: lower case, without tone and vowel marks, đ as
 * d, runs of spaces as one. OCR often loses or confuses diacritics; the identifiers do
 * not depend on them. Offsets are not kept: patterns only need the values.
 */
final class Folded {

	private Folded() {
	}

	static String of(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		StringBuilder folded = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (Character.getType(c) == Character.NON_SPACING_MARK) {
				continue;
			}
			folded.append(switch (c) {
				case 'đ', 'Đ' -> 'd';
				default -> c;
			});
		}
		return folded.toString().toLowerCase(Locale.ROOT).replaceAll("[ \\t\\x0B\\f\\r]+", " ");
	}

}
