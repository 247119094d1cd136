package vn.luutru.ingest.extraction;

import vn.luutru.ingest.ocr.VietnameseSyllables;

/**
 * Decides whether a PDF page's text layer is real text worth keeping, text in a legacy
 * Vietnamese encoding to convert, or something to OCR instead.
 *
 * <p>
 * Scanners and "print to PDF" tools often add an empty or near-empty text layer (a page
 * number, a stamp's caption) to what is really an image; fonts without a Unicode mapping
 * give a layer of unreadable codes; old ".VnTime" and "VNI-Times" documents give a layer
 * of mojibake that is Vietnamese once converted (see {@link LegacyVietnamese}).
 */
final class TextLayers {

	/** Characters of a layer that must not be out of place for it to count as clean. */
	private static final double FOREIGN_SHARE = 0.01;

	private static final double UNREADABLE_SHARE = 0.05;

	private static final String VIETNAMESE_LATIN1 = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ";

	private TextLayers() {
	}

	/** What a page's text layer is good for. */
	sealed interface Judged {

		/**
		 * Text to keep.
		 *
		 * @param text NFC text
		 * @param encoding {@code unicode}, or the legacy encoding it was converted from
		 * ({@code tcvn3}, {@code vni})
		 */
		record Usable(String text, String encoding) implements Judged {
		}

		/**
		 * Not text: the page is to be OCR'd.
		 *
		 * @param reason why, for the log
		 */
		record Unusable(String reason) implements Judged {
		}

	}

	/**
	 * Judges a page's text layer.
	 * @param text the text layer, NFC
	 * @param minLetters letters needed (configuration:
	 * {@code luutru.extraction.min-text-layer-letters})
	 */
	static Judged judge(String text, int minLetters) {
		if (!isReal(text, minLetters)) {
			return new Judged.Unusable("fewer than " + minLetters + " letters");
		}
		long visible = text.codePoints().filter((c) -> !Character.isWhitespace(c)).count();
		if (unreadable(text) > visible * UNREADABLE_SHARE) {
			return new Judged.Unusable("codes without a Unicode mapping (a font the PDF does not map to text)");
		}
		long letters = text.codePoints().filter(Character::isLetter).count();
		if (isClean(text, letters)) {
			return new Judged.Usable(text, "unicode");
		}
		// VNI first: converting VNI as TCVN3 also gives Vietnamese letters (nonsense
		// ones),
		// while converting TCVN3 as VNI leaves TCVN3's symbols in place.
		String vni = LegacyVietnamese.fromVni(text);
		if (isClean(vni, letters) && VietnameseSyllables.mostlyPlausible(vni)) {
			return new Judged.Usable(vni, "vni");
		}
		String tcvn3 = LegacyVietnamese.fromTcvn3(text);
		if (isClean(tcvn3, letters) && VietnameseSyllables.mostlyPlausible(tcvn3)) {
			return new Judged.Usable(tcvn3, "tcvn3");
		}
		return new Judged.Unusable("characters out of place in Vietnamese text and no known legacy encoding explains"
				+ " them (" + foreign(text) + " of " + letters + " letters)");
	}

	/** Whether a page's text layer has enough letters to be the page's text. */
	static boolean isReal(String text, int minLetters) {
		return text.codePoints().filter(Character::isLetter).limit(minLetters).count() >= minLetters;
	}

	private static boolean isClean(String text, long letters) {
		return foreign(text) <= Math.max(2, letters * FOREIGN_SHARE);
	}

	/**
	 * Characters a Vietnamese text does not have but legacy-encoded text is full of:
	 * Latin-1 letters outside the Vietnamese alphabet (ñ, ö, Ü, ø, …) and Latin-1 symbols
	 * right after a letter (the "µ" of "hoµ"). Square and cubic metres are not counted.
	 */
	static int foreign(String text) {
		int count = 0;
		int previous = ' ';
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean latin1 = c >= 0x80 && c <= 0xFF;
			if (latin1 && Character.isLetter(c) && VIETNAMESE_LATIN1.indexOf(c) < 0) {
				count++;
			}
			else if (latin1 && !Character.isLetter(c) && c != 0xA0 && Character.isLetter(previous)
					&& !isAreaOrVolume(previous, c)) {
				count++;
			}
			previous = c;
		}
		return count;
	}

	private static boolean isAreaOrVolume(int previous, char c) {
		return (c == '²' || c == '³') && previous == 'm';
	}

	private static long unreadable(String text) {
		return text.codePoints()
			.filter((c) -> c == 0xFFFD || Character.getType(c) == Character.PRIVATE_USE
					|| (Character.isISOControl(c) && !Character.isWhitespace(c)))
			.count();
	}

}
