package vn.luutru.ingest.ocr;

import java.text.Normalizer;

/**
 * Character error rate of OCR output against the printed text: Levenshtein distance over
 * NFC code points, white space collapsed, divided by the reference length.
 * {@link #folded} strips diacritics first, to tell tone-mark errors apart from missed
 * letters.
 */
public final class CharacterErrorRate {

	private CharacterErrorRate() {
	}

	/** Errors per reference character, over NFC text with white space collapsed. */
	public static double of(String reference, String recognized) {
		return distance(normal(reference), normal(recognized)) / (double) Math.max(1, normal(reference).length);
	}

	/** The same, with diacritics and đ folded away on both sides. */
	public static double folded(String reference, String recognized) {
		return of(fold(reference), fold(recognized));
	}

	private static int[] normal(String text) {
		String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
		return nfc.codePoints().toArray();
	}

	private static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('đ', 'd')
			.replace('Đ', 'D');
	}

	private static int distance(int[] a, int[] b) {
		int[] previous = new int[b.length + 1];
		int[] current = new int[b.length + 1];
		for (int j = 0; j <= b.length; j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length; i++) {
			current[0] = i;
			for (int j = 1; j <= b.length; j++) {
				int substitution = previous[j - 1] + ((a[i - 1] == b[j - 1]) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length];
	}

}
