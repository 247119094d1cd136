package vn.luutru.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Folds Vietnamese letters to their ASCII base letter in NFC or NFD input, then hands any
 * remaining non-ASCII character to Lucene's ASCII folding.
 */
final class VietnameseFoldingFilter extends TokenFilter {

	// Every precomposed Vietnamese letter (ă â ê ô ơ ư đ and the five tones), by base.
	// Written out rather than derived with java.text.Normalizer so that the tests, which
	// do use Normalizer, check the table independently.
	private static final String[][] VIETNAMESE_LETTERS = { { "a", "àáảãạăằắẳẵặâầấẩẫậ" }, { "A", "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ" },
			{ "d", "đ" }, { "D", "Đ" }, { "e", "èéẻẽẹêềếểễệ" }, { "E", "ÈÉẺẼẸÊỀẾỂỄỆ" }, { "i", "ìíỉĩị" },
			{ "I", "ÌÍỈĨỊ" }, { "o", "òóỏõọôồốổỗộơờớởỡợ" }, { "O", "ÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ" }, { "u", "ùúủũụưừứửữự" },
			{ "U", "ÙÚỦŨỤƯỪỨỬỮỰ" }, { "y", "ỳýỷỹỵ" }, { "Y", "ỲÝỶỸỴ" } };

	// The letters live in two blocks, U+00C0..U+01B0 (à ă đ ơ ư ...) and Latin Extended
	// Additional (ạ ằ ế ợ ...): two small direct-indexed tables avoid hashing per char.
	private static final char LOW_START = '\u00C0';

	private static final char LOW_END = '\u01B0';

	private static final char HIGH_START = '\u1EA0';

	private static final char HIGH_END = '\u1EF9';

	private static final char[] LOW = new char[LOW_END - LOW_START + 1];

	private static final char[] HIGH = new char[HIGH_END - HIGH_START + 1];

	static {
		for (String[] group : VIETNAMESE_LETTERS) {
			char base = group[0].charAt(0);
			for (char letter : group[1].toCharArray()) {
				if (letter >= LOW_START && letter <= LOW_END) {
					LOW[letter - LOW_START] = base;
				}
				else if (letter >= HIGH_START && letter <= HIGH_END) {
					HIGH[letter - HIGH_START] = base;
				}
				else {
					throw new IllegalStateException("Vietnamese letter outside the folding tables: " + letter);
				}
			}
		}
	}

	// In NFD text the tones and vowel marks arrive as these, after the base letter.
	private static final char COMBINING_START = '\u0300';

	private static final char COMBINING_END = '\u036F';

	private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);

	// Reused across tokens; ASCII folding may expand one char to four (⑽ to "(10)").
	private char[] folded = new char[512];

	VietnameseFoldingFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!this.input.incrementToken()) {
			return false;
		}
		char[] buffer = this.termAttribute.buffer();
		int length = this.termAttribute.length();
		int firstNonAscii = firstNonAscii(buffer, 0, length);
		if (firstNonAscii < 0) {
			// Numbers, codes and unaccented words are common: leave them untouched.
			return true;
		}
		int foldedLength = foldVietnamese(buffer, firstNonAscii, length);
		this.termAttribute.setLength(foldedLength);
		int stillNonAscii = firstNonAscii(buffer, firstNonAscii, foldedLength);
		if (stillNonAscii >= 0) {
			foldRemaining(buffer, stillNonAscii, foldedLength);
		}
		return true;
	}

	/**
	 * Folds in place from {@code start}; the result is never longer, as marks are only
	 * ever removed.
	 */
	private static int foldVietnamese(char[] buffer, int start, int length) {
		int out = start;
		for (int in = start; in < length; in++) {
			char c = buffer[in];
			if (c >= COMBINING_START && c <= COMBINING_END) {
				continue;
			}
			char base = vietnameseBase(c);
			buffer[out++] = (base != 0) ? base : c;
		}
		return out;
	}

	private static char vietnameseBase(char c) {
		if (c >= LOW_START && c <= LOW_END) {
			return LOW[c - LOW_START];
		}
		if (c >= HIGH_START && c <= HIGH_END) {
			return HIGH[c - HIGH_START];
		}
		return 0;
	}

	/**
	 * Runs Lucene's ASCII folding over the tail that still holds non-ASCII characters.
	 */
	private void foldRemaining(char[] buffer, int start, int length) {
		int tail = length - start;
		int maxLength = start + 4 * tail;
		if (this.folded.length < maxLength) {
			this.folded = new char[ArrayUtil.oversize(maxLength, Character.BYTES)];
		}
		System.arraycopy(buffer, 0, this.folded, 0, start);
		int foldedLength = ASCIIFoldingFilter.foldToASCII(buffer, start, this.folded, start, tail);
		this.termAttribute.copyBuffer(this.folded, 0, foldedLength);
	}

	private static int firstNonAscii(char[] buffer, int start, int length) {
		for (int i = start; i < length; i++) {
			if (buffer[i] >= '\u0080') {
				return i;
			}
		}
		return -1;
	}

}
