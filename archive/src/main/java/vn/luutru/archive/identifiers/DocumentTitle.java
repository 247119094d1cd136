package vn.luutru.archive.identifiers;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import vn.luutru.archive.index.NumberGrid;

/**
 * The title of a Vietnamese administrative paper as Decree 30/2020/NĐ-CP lays it out: its
 * type ("QUYẾT ĐỊNH", "THÔNG BÁO", a map's "BẢN ĐỒ ĐỊA CHÍNH") and its subject (the
 * "trích yếu": the lines under the type, "Về việc …", or a letter's "V/v …"; on a map the
 * title block's sheet, unit and scale), with its own number and symbol ("Số: …"). A
 * document's title is its type and subject, not its first line, which is the issuing
 * body's.
 *
 * @param type the type line as written, null for a letter (which has none)
 * @param number its own number and symbol, from the "Số:" line; null when none
 * @param subject the subject, null when none was found
 */
public record DocumentTitle(@Nullable String type, @Nullable String number, @Nullable String subject) {

	private static final int MAX_LINES = 40;

	private static final int MAX_SUBJECT = 300;

	private static final List<String> TYPES = List.of("thong bao", "quyet dinh", "bao cao", "cong van", "bien ban",
			"to trinh", "giay phep", "giay chung nhan", "ke hoach", "hop dong", "ban do", "chi thi", "nghi quyet",
			"nghi dinh", "thong tu", "huong dan");

	private static final Pattern OWN_NUMBER = Pattern.compile("^s[o0]\\s*[:.]?\\s*(\\S.*)$");

	// Where the subject ends: the legal basis, the addressee, the body.
	private static final Pattern BODY = Pattern
		.compile("^(can cu|kinh gui|xet |theo |thuc hien|dieu \\d|noi nhan|chu dau tu|chu du an|dia diem).*");

	private static final Pattern LETTER_SUBJECT = Pattern.compile("^(v/v|v\\.v|ve viec)\\b.*");

	/**
	 * The title of a document read from its first page's text, when it has a type line or
	 * a subject.
	 */
	public static Optional<DocumentTitle> read(String firstPage) {
		List<String> lines = firstPage.lines().map(String::strip).filter((l) -> !l.isEmpty()).limit(MAX_LINES).toList();
		String number = number(lines);
		for (int i = 0; i < lines.size(); i++) {
			String folded = Folded.of(lines.get(i));
			if (isCapitals(lines.get(i)) && TYPES.stream().anyMatch(folded::startsWith)) {
				StringBuilder type = new StringBuilder(lines.get(i));
				int next = i + 1;
				// A type may run over two lines in capitals: "BÁO CÁO" / "ĐÁNH GIÁ TÁC
				// ĐỘNG
				// MÔI TRƯỜNG".
				if (next < lines.size() && isCapitals(lines.get(next)) && !isBoilerplate(lines.get(next))
						&& lines.get(next).length() <= 60) {
					type.append(' ').append(lines.get(next++));
				}
				return Optional.of(new DocumentTitle(type.toString(), number, subject(lines, next)));
			}
		}
		for (int i = 0; i < lines.size(); i++) {
			if (LETTER_SUBJECT.matcher(Folded.of(lines.get(i))).matches()) {
				return Optional.of(new DocumentTitle(null, number, subject(lines, i)));
			}
		}
		return Optional.empty();
	}

	/**
	 * The title shown and ranked: the type (or "Công văn" for a letter), the number, the
	 * subject ("THÔNG BÁO 977/TB-STNMT: Kết quả thẩm định …").
	 */
	public String title() {
		StringBuilder title = new StringBuilder((this.type != null) ? this.type : "Công văn");
		if (this.number != null) {
			title.append(' ').append(this.number);
		}
		if (this.subject != null) {
			title.append(": ").append(this.subject);
		}
		return title.toString();
	}

	private static @Nullable String subject(List<String> lines, int from) {
		StringBuilder subject = new StringBuilder();
		for (int i = from; i < lines.size() && i < from + 4; i++) {
			String line = lines.get(i);
			String folded = Folded.of(line);
			boolean first = subject.isEmpty();
			// A subject wraps onto lines that go on in lower case; a map's title block
			// goes on with its sheet, unit and scale.
			boolean goesOn = first || Character.isLowerCase(line.codePointAt(0)) || isMapBlock(folded);
			if (!goesOn || BODY.matcher(folded).matches() || NumberGrid.isGrid(line) || isBoilerplate(line)
					|| (!first && isCapitals(line) && !isMapBlock(folded))
					|| (!first && LETTER_SUBJECT.matcher(folded).matches())
					|| subject.length() + line.length() > MAX_SUBJECT) {
				break;
			}
			subject.append(first ? "" : ", ").append(line);
		}
		return subject.isEmpty() ? null : subject.toString();
	}

	// A map's title block goes on in capitals or not: "TỜ SỐ 12", "PHƯỜNG AN KHÁNH".
	private static boolean isMapBlock(String folded) {
		return folded.matches("^(to |phuong |xa |quan |huyen |thi tran |ty le ).*");
	}

	private static @Nullable String number(List<String> lines) {
		for (String line : lines) {
			Matcher matcher = OWN_NUMBER.matcher(Folded.of(line));
			Matcher written = IdentifierText.NUMBER.matcher(line);
			if (matcher.matches() && written.find()) {
				try {
					return DocumentNumber.of(written.group(1)).value();
				}
				catch (IllegalArgumentException ex) {
					// "Số" opening some other line
				}
			}
		}
		return null;
	}

	private static boolean isBoilerplate(String line) {
		String folded = Folded.of(line);
		return folded.startsWith("cong hoa xa hoi") || folded.startsWith("doc lap")
				|| OWN_NUMBER.matcher(folded).matches() || folded.matches(".*,\\s*ngay\\s+\\d+.*");
	}

	private static boolean isCapitals(String line) {
		return line.chars().anyMatch(Character::isLetter) && line.equals(line.toUpperCase(Locale.ROOT));
	}

}
