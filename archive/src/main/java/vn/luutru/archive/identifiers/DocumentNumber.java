package vn.luutru.archive.identifiers;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's number and symbol as Decree 30/2020/NĐ-CP writes them: a number, an
 * optional year, and a symbol of the type and the issuing body ({@code 977/TB-STNMT},
 * {@code 43/2014/NĐ-CP}); letters have no type part ({@code 1234/STNMT-VP}).
 *
 * @param value the normalised form: upper case, no spaces, the number without leading
 * zeros
 */
public record DocumentNumber(String value) {

	// Number, optional year, symbol parts of letters (Đ kept: it is part of NĐ, QĐ).
	private static final Pattern FORM = Pattern
		.compile("(\\d{1,6})/(?:(\\d{4})/)?([A-ZĐ][A-ZĐ0-9&]*(?:-[A-ZĐ][A-ZĐ0-9&]*)+|[A-ZĐ]{2,}[A-ZĐ0-9&]*)");

	// The type abbreviations of Decree 30/2020/NĐ-CP (Appendix III) a symbol starts with.
	private static final Set<String> TYPES = Set.of("QĐ", "TB", "BC", "CV", "BB", "KH", "TTR", "GP", "HD", "CT", "NQ",
			"TT", "NĐ", "QC", "PA", "ĐA", "GCN", "CTR", "GM", "GUQ", "PL");

	/**
	 * Reads a number and symbol, forgiving OCR: spaces around {@code /} and {@code -},
	 * the letter O for a zero in the number, lower case.
	 * @throws IllegalArgumentException when it is not one
	 */
	public static DocumentNumber of(String text) {
		String compact = text.strip().toUpperCase(Locale.ROOT).replaceAll("\\s*([/-])\\s*", "$1");
		int slash = compact.indexOf('/');
		if (slash > 0) {
			compact = compact.substring(0, slash).replace('O', '0') + compact.substring(slash);
		}
		Matcher matcher = FORM.matcher(compact);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Not a document number and symbol: '" + text + "'");
		}
		String number = Long.toString(Long.parseLong(matcher.group(1)));
		String year = (matcher.group(2) != null) ? matcher.group(2) + "/" : "";
		return new DocumentNumber(number + "/" + year + matcher.group(3));
	}

	/** The type abbreviation (TB, QĐ, BC, …) when the symbol has one, else null. */
	public String type() {
		String symbol = this.value.substring(this.value.lastIndexOf('/') + 1);
		int dash = symbol.indexOf('-');
		return (dash > 0) ? symbol.substring(0, dash) : "";
	}

	/**
	 * The issuing body's abbreviation: the part after the type ({@code TB-STNMT} →
	 * STNMT), or a letter's first part, the body before the drafting unit
	 * ({@code STNMT-VP} → STNMT, {@code UBND} → UBND).
	 */
	public String issuer() {
		String[] parts = this.value.substring(this.value.lastIndexOf('/') + 1).split("-");
		return (parts.length > 1 && TYPES.contains(parts[0])) ? parts[1] : parts[0];
	}

	@Override
	public String toString() {
		return this.value;
	}

}
