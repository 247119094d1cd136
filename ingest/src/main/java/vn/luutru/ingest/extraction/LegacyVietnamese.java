package vn.luutru.ingest.extraction;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns text typed in the pre-Unicode Vietnamese encodings back into Unicode.
 *
 * <p>
 * Old Word files printed to PDF with ".VnTime" (TCVN3, also called ABC) or "VNI-Times"
 * fonts carry their text as Windows-1252 characters that those fonts merely draw as
 * Vietnamese: the text layer reads "Céng hoµ x· héi" for "Cộng hoà xã hội" (TCVN3) or
 * "Coäng hoøa xaõ hoäi" (VNI). Both are recognisable and convertible: TCVN3 is one byte
 * per letter (TCVN 5712:1993), VNI a base letter followed by a mark byte.
 */
final class LegacyVietnamese {

	/** TCVN 5712:1993 (VN3) bytes 0x80–0xFF as Unicode; 0x00–0x7F are ASCII. */
	private static final String TCVN3_HIGH = "" + "\u00C0\u1EA2\u00C3\u00C1\u1EA0\u1EB6\u1EAC\u00C8" // 0x80
			+ "\u1EBA\u1EBC\u00C9\u1EB8\u1EC6\u00CC\u1EC8\u0128" // 0x88
			+ "\u00CD\u1ECA\u00D2\u1ECE\u00D5\u00D3\u1ECC\u1ED8" // 0x90
			+ "\u1EDC\u1EDE\u1EE0\u1EDA\u1EE2\u00D9\u1EE6\u0168" // 0x98
			+ "\u00A0\u0102\u00C2\u00CA\u00D4\u01A0\u01AF\u0110" // 0xA0
			+ "\u0103\u00E2\u00EA\u00F4\u01A1\u01B0\u0111\u1EB0" // 0xA8
			+ "\u0300\u0309\u0303\u0301\u0323\u00E0\u1EA3\u00E3" // 0xB0
			+ "\u00E1\u1EA1\u1EB2\u1EB1\u1EB3\u1EB5\u1EAF\u1EB4" // 0xB8
			+ "\u1EAE\u1EA6\u1EA8\u1EAA\u1EA4\u1EC0\u1EB7\u1EA7" // 0xC0
			+ "\u1EA9\u1EAB\u1EA5\u1EAD\u00E8\u1EC2\u1EBB\u1EBD" // 0xC8
			+ "\u00E9\u1EB9\u1EC1\u1EC3\u1EC5\u1EBF\u1EC7\u00EC" // 0xD0
			+ "\u1EC9\u1EC4\u1EBE\u1ED2\u0129\u00ED\u1ECB\u00F2" // 0xD8
			+ "\u1ED4\u1ECF\u00F5\u00F3\u1ECD\u1ED3\u1ED5\u1ED7" // 0xE0
			+ "\u1ED1\u1ED9\u1EDD\u1EDF\u1EE1\u1EDB\u1EE3\u00F9" // 0xE8
			+ "\u1ED6\u1EE7\u0169\u00FA\u1EE5\u1EEB\u1EED\u1EEF" // 0xF0
			+ "\u1EE9\u1EF1\u1EF3\u1EF7\u1EF9\u00FD\u1EF5\u1ED0"; // 0xF8

	private static final Map<String, String> VNI = vniTable();

	private static final int VNI_LONGEST = 2;

	private LegacyVietnamese() {
	}

	/**
	 * Reads text as TCVN3: each character stands for the Windows-1252 byte a ".VnTime"
	 * font drew.
	 */
	static String fromTcvn3(String text) {
		StringBuilder out = new StringBuilder(text.length());
		CharsetEncoder windows1252 = java.nio.charset.Charset.forName("windows-1252")
			.newEncoder()
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		text.codePoints().forEach((c) -> {
			int b = byteOf(c, windows1252);
			out.append((b >= 0x80) ? TCVN3_HIGH.charAt(b - 0x80) : Character.toString(c));
		});
		// A few TCVN3 bytes are combining tone marks that follow their vowel.
		return Normalizer.normalize(out, Normalizer.Form.NFC);
	}

	/** Reads text as VNI: a base letter followed by the byte of its marks. */
	static String fromVni(String text) {
		StringBuilder out = new StringBuilder(text.length());
		int i = 0;
		while (i < text.length()) {
			String match = null;
			for (int length = Math.min(VNI_LONGEST, text.length() - i); length > 0 && match == null; length--) {
				match = VNI.get(text.substring(i, i + length));
				if (match != null) {
					out.append(match);
					i += length;
				}
			}
			if (match == null) {
				out.append(text.charAt(i));
				i++;
			}
		}
		return out.toString();
	}

	private static int byteOf(int codePoint, CharsetEncoder windows1252) {
		if (codePoint < 0x80) {
			return codePoint;
		}
		if (codePoint <= 0xFF) {
			return codePoint;
		}
		try {
			ByteBuffer bytes = windows1252.encode(CharBuffer.wrap(Character.toChars(codePoint)));
			return (bytes.remaining() == 1) ? Byte.toUnsignedInt(bytes.get()) : -1;
		}
		catch (CharacterCodingException ex) {
			return -1;
		}
	}

	/*
	 * VNI spells a letter as its base letter and one mark byte. The mark bytes differ for
	 * a plain vowel (tone only), a vowel with circumflex and a with breve (mark and tone
	 * in one byte). I, Y-dot-below, ơ, ư and đ have bytes of their own.
	 */
	private static Map<String, String> vniTable() {
		Map<String, String> table = new HashMap<>();
		String tones = "\u0301\u0300\u0309\u0303\u0323"; // acute, grave, hook, tilde, dot
		String toneBytes = "ùøûõï";
		String circumflexBytes = "áàåãä";
		String breveBytes = "éèúüë";
		for (char base : "aeouyAEOUY".toCharArray()) {
			for (int t = 0; t < 5; t++) {
				put(table, base + mark(toneBytes.charAt(t), base), base + tones.substring(t, t + 1));
			}
		}
		for (char base : "aeoAEO".toCharArray()) {
			put(table, base + mark('â', base), base + "\u0302");
			for (int t = 0; t < 5; t++) {
				put(table, base + mark(circumflexBytes.charAt(t), base), base + "\u0302" + tones.charAt(t));
			}
		}
		for (char base : "aA".toCharArray()) {
			put(table, base + mark('ê', base), base + "\u0306");
			for (int t = 0; t < 5; t++) {
				put(table, base + mark(breveBytes.charAt(t), base), base + "\u0306" + tones.charAt(t));
			}
		}
		String iBytes = "íìæóò";
		for (int t = 0; t < 5; t++) {
			put(table, iBytes.substring(t, t + 1), "i" + tones.charAt(t));
			put(table, iBytes.substring(t, t + 1).toUpperCase(java.util.Locale.ROOT), "I" + tones.charAt(t));
		}
		put(table, "î", "y\u0323");
		put(table, "Î", "Y\u0323");
		for (String horned : new String[] { "ô", "ö", "Ô", "Ö" }) {
			String letter = switch (horned) {
				case "ô" -> "o";
				case "ö" -> "u";
				case "Ô" -> "O";
				default -> "U";
			};
			put(table, horned, letter + "\u031B");
			for (int t = 0; t < 5; t++) {
				put(table, horned + mark(toneBytes.charAt(t), horned.charAt(0)), letter + "\u031B" + tones.charAt(t));
			}
		}
		put(table, "ñ", "đ");
		put(table, "Ñ", "Đ");
		// The y with dot below has its own byte, so "y" + "ï" is not VNI.
		table.remove("yï");
		table.remove("YÏ");
		return table;
	}

	// Upper-case letters take upper-case mark bytes; both are accepted after either.
	private static String mark(char mark, char base) {
		return Character.isUpperCase(base) ? String.valueOf(Character.toUpperCase(mark)) : String.valueOf(mark);
	}

	private static void put(Map<String, String> table, String vni, String decomposed) {
		String unicode = Normalizer.normalize(decomposed, Normalizer.Form.NFC);
		table.put(vni, unicode);
		if (vni.length() == 2) {
			char other = Character.isUpperCase(vni.charAt(1)) ? Character.toLowerCase(vni.charAt(1))
					: Character.toUpperCase(vni.charAt(1));
			table.putIfAbsent(vni.substring(0, 1) + other, unicode);
		}
	}

}
