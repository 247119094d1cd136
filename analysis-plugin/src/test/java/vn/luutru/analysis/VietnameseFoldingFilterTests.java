package vn.luutru.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseFoldingFilterTests {

	private static final String[] BASE_VOWELS = { "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y" };

	// Combining grave, acute, hook above, tilde and dot below: the five marked tones.
	private static final String[] TONES = { "\u0300", "\u0301", "\u0309", "\u0303", "\u0323" };

	@Test
	void foldsPrecomposedText() throws IOException {
		assertThat(terms(nfc("Tài nguyên và Môi trường"))).containsExactly("Tai", "nguyen", "va", "Moi", "truong");
	}

	@Test
	void foldsDecomposedText() throws IOException {
		String decomposed = nfd("Tài nguyên và Môi trường Đà Nẵng");
		assertThat(decomposed).isNotEqualTo(nfc(decomposed));
		assertThat(terms(decomposed)).containsExactly("Tai", "nguyen", "va", "Moi", "truong", "Da", "Nang");
	}

	@Test
	void foldsMixedNormalizationWithinOneToken() throws IOException {
		// "Nẵng" with the breve precomposed and the tilde combining, as OCR emits it.
		String mixed = "N\u0103\u0303ng";
		assertThat(terms(mixed)).containsExactly("Nang");
	}

	@Test
	void keepsCase() throws IOException {
		assertThat(terms(nfc("ĐÀ NẴNG Hà Nội hÀ"))).containsExactly("DA", "NANG", "Ha", "Noi", "hA");
		assertThat(terms(nfd("ĐÀ NẴNG"))).containsExactly("DA", "NANG");
	}

	@Test
	void foldsDWithStroke() throws IOException {
		assertThat(terms("đ Đ đất Đồng đường")).containsExactly("d", "D", "dat", "Dong", "duong");
	}

	@Test
	void foldsEveryVowelWithEveryTone() throws IOException {
		List<String> composed = new ArrayList<>();
		List<String> expected = new ArrayList<>();
		for (String vowel : BASE_VOWELS) {
			for (String letter : List.of(vowel, vowel.toUpperCase())) {
				String ascii = nfd(letter).substring(0, 1);
				composed.add(letter);
				expected.add(ascii);
				for (String tone : TONES) {
					String toned = nfc(letter + tone);
					assertThat(toned).as("NFC of %s + U+%04X", letter, (int) tone.charAt(0)).hasSize(1);
					composed.add(toned);
					expected.add(ascii);
				}
			}
		}
		assertThat(composed).hasSize(BASE_VOWELS.length * 2 * (TONES.length + 1));
		String text = String.join(" ", composed);
		assertThat(terms(text)).containsExactlyElementsOf(expected);
		assertThat(terms(nfd(text))).containsExactlyElementsOf(expected);
	}

	@Test
	void foldsOtherLatinDiacriticsThroughAsciiFolding() throws IOException {
		assertThat(terms("Müller façade Ærø ß")).containsExactly("Muller", "facade", "AEro", "ss");
	}

	@Test
	void leavesAsciiTokensUntouched() throws IOException {
		try (TokenStream stream = filtered("Quyet dinh 977/TB-STNMT 2024-05-01 QD_12")) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			List<String> terms = new ArrayList<>();
			while (stream.incrementToken()) {
				char[] before = term.buffer();
				terms.add(term.toString());
				// The fast path must not have swapped the buffer for a copy.
				assertThat(term.buffer()).isSameAs(before);
			}
			stream.end();
			assertThat(terms).containsExactly("Quyet", "dinh", "977/TB-STNMT", "2024-05-01", "QD_12");
		}
	}

	@Test
	void preservesOffsetsAndPositionIncrements() throws IOException {
		String text = nfd("Sở  Tài   nguyên");
		try (TokenStream stream = filtered(text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			List<String> seen = new ArrayList<>();
			while (stream.incrementToken()) {
				seen.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + "+"
						+ increment.getPositionIncrement());
			}
			stream.end();
			// Offsets point into the original (decomposed, longer) text.
			int tai = text.indexOf('T');
			int nguyen = text.indexOf('n');
			assertThat(seen).containsExactly("So@0-" + text.indexOf(' ') + "+1",
					"Tai@" + tai + "-" + text.indexOf(' ', tai) + "+1",
					"nguyen@" + nguyen + "-" + text.length() + "+1");
		}
	}

	@Test
	void factoryAppliesTheFilterForAnalysisAndNormalization() throws IOException {
		VietnameseFoldingTokenFilterFactory factory = new VietnameseFoldingTokenFilterFactory();
		assertThat(factory.name()).isEqualTo("vietnamese_folding");
		assertThat(collect(factory.create(tokenizer("Phường Bến Nghé")))).containsExactly("Phuong", "Ben", "Nghe");
		assertThat(collect(factory.normalize(tokenizer("Lưu_trữ")))).containsExactly("Luu_tru");
	}

	private static List<String> terms(String text) throws IOException {
		return collect(filtered(text));
	}

	private static TokenStream filtered(String text) {
		return new VietnameseFoldingFilter(tokenizer(text));
	}

	private static Tokenizer tokenizer(String text) {
		Tokenizer tokenizer = new WhitespaceTokenizer();
		tokenizer.setReader(new StringReader(text));
		return tokenizer;
	}

	private static List<String> collect(TokenStream stream) throws IOException {
		try (stream) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			List<String> terms = new ArrayList<>();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
			return terms;
		}
	}

	private static String nfc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	private static String nfd(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD);
	}

}
