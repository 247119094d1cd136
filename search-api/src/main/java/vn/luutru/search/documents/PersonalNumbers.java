package vn.luutru.search.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import vn.luutru.search.documents.PersonalData.Kind;
import vn.luutru.search.documents.PersonalData.Span;

/**
 * Finds ID numbers and phone numbers among the numbers of a page's text, as OCR reads
 * them: with spaces, dots, hyphens or a comma inside ("079 088 001 122", "0905.111.222",
 * "(0236) 3822 123", "+84 905 111 222").
 *
 * <p>
 * A number is read as runs of digit groups joined by such separators. A match starts at
 * the start of a run or after a blank (never after a dot, so the digits of
 * "1.079.088.001.122 đồng" are not a CCCD), spans at most {@value #MAX_GROUPS} groups
 * with at most one short group after the first (tables of parcels read row after row are
 * runs of short groups), and is kept at its longest. Without a keyword before it, only
 * shapes no other figure has count: 12 digits starting with a province code (CCCD), 10 or
 * 11 digits starting with 0 (phones), +84 numbers. After "CMND", "CCCD", "điện thoại", …
 * (with no other digits between) 9-digit CMND and 7-digit local phone numbers count too.
 * Nothing followed by a currency or a unit ("đồng", "m²", "ha", "%") is personal.
 */
final class PersonalNumbers {

	private static final int MAX_GROUPS = 4;

	// A keyword, then no digits, just before the number.
	private static final String BEFORE_NUMBER = ")(?!\\p{L})\\D{0,25}$";

	static final Pattern ID_CONTEXT = Pattern.compile("(?iu)(?<!\\p{L})(?:cmnd|cmt|cccd|căn cước|can cuoc|"
			+ "chứng minh|chung minh|định danh|dinh danh|hộ chiếu|ho chieu|passport" + BEFORE_NUMBER);

	private static final Pattern PHONE_CONTEXT = Pattern.compile("(?iu)(?<!\\p{L})(?:điện thoại|dien thoai|đt|"
			+ "sđt|sdt|đtdđ|dđ|di động|di dong|fax|tel|phone|mobile|hotline" + BEFORE_NUMBER);

	private static final Pattern UNIT_AFTER = Pattern
		.compile("(?iu)^\\s?(?:đồng|đ|vnđ|vnd|usd|triệu|tỷ|nghìn|ngàn|m2|m²|m|ha|km|km2|km²|%)(?!\\p{L})");

	private PersonalNumbers() {
	}

	/** The ID and phone numbers in the text, in order. */
	static List<Span> find(String text) {
		List<Span> spans = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			if (!digit(text, i)) {
				i++;
				continue;
			}
			List<Group> run = run(text, i);
			spans.addAll(matches(text, run));
			i = run.getLast().end();
		}
		return spans;
	}

	/** Whether a keyword of the pattern stands just before {@code start}. */
	static boolean after(Pattern context, String text, int start) {
		return context.matcher(text.substring(Math.max(0, start - 40), start)).find();
	}

	private static List<Span> matches(String text, List<Group> run) {
		List<Span> spans = new ArrayList<>();
		int g = 0;
		while (g < run.size()) {
			int last = -1;
			Kind kind = null;
			if (run.get(g).startable()) {
				StringBuilder digits = new StringBuilder();
				for (int j = g; j < run.size() && j < g + MAX_GROUPS; j++) {
					digits.append(text, run.get(j).start(), run.get(j).end());
					Kind found = kind(text, run.subList(g, j + 1), digits.toString());
					if (found != null) {
						last = j;
						kind = found;
					}
				}
			}
			if (kind == null) {
				g++;
				continue;
			}
			int start = run.get(g).start();
			spans.add(new Span(plus(text, start) ? start - 1 : start, run.get(last).end(), kind));
			g = last + 1;
		}
		return spans;
	}

	private static @Nullable Kind kind(String text, List<Group> groups, String digits) {
		int start = groups.getFirst().start();
		int end = groups.getLast().end();
		long shortGroups = groups.stream().skip(1).filter((group) -> group.end() - group.start() <= 2).count();
		if (shortGroups > 1 || UNIT_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 6))).find()
				|| (end < text.length() && text.charAt(end) == '/')) {
			return null;
		}
		boolean international = plus(text, start)
				|| (digits.length() == 11 && digits.matches("84[35789]\\d{8}") && groups.getFirst().end() - start == 2);
		if (international) {
			return (digits.startsWith("84") && phone("0" + digits.substring(2))) ? Kind.PHONE : null;
		}
		if (digits.length() == 12 && digits.charAt(0) == '0' && province(digits)) {
			return Kind.ID_NUMBER;
		}
		if (phone(digits)) {
			return Kind.PHONE;
		}
		if ((digits.length() == 9 || digits.length() == 12) && after(ID_CONTEXT, text, start)) {
			return Kind.ID_NUMBER;
		}
		if (digits.length() >= 7 && digits.length() <= 11 && after(PHONE_CONTEXT, text, start)) {
			return Kind.PHONE;
		}
		return null;
	}

	// Mobiles (0[35789] + 8), landlines since 2017 (02 + 9), and the old 11-digit mobiles
	// (01x) and landlines ("(0511) 3822123") of older papers.
	private static boolean phone(String digits) {
		return (digits.length() == 10 && digits.matches("0[2-9]\\d{8}"))
				|| (digits.length() == 11 && digits.matches("0[1-9]\\d{9}"));
	}

	// The first three digits of a CCCD are its province's code, 001 to 096.
	private static boolean province(String digits) {
		int code = Integer.parseInt(digits.substring(0, 3));
		return code >= 1 && code <= 96;
	}

	private static boolean plus(String text, int start) {
		return start > 0 && text.charAt(start - 1) == '+';
	}

	/** The digit groups of the number starting at {@code start}. */
	private static List<Group> run(String text, int start) {
		List<Group> groups = new ArrayList<>();
		// Not after a slash or a hyphen: "12/0905…", "QĐ-0905…" belong to something else.
		boolean startable = start == 0 || "/\\-".indexOf(text.charAt(start - 1)) < 0;
		int at = start;
		while (true) {
			int end = at;
			while (digit(text, end)) {
				end++;
			}
			groups.add(new Group(at, end, startable));
			int next = separator(text, end);
			if (next < 0) {
				return groups;
			}
			startable = blank(text, end, next);
			at = next;
		}
	}

	/**
	 * Where the next group starts after a separator at {@code at} (a blank or two, a dot
	 * or hyphen with a blank either side, a comma with none, a closing parenthesis), or
	 * -1 when the number ends here.
	 */
	private static int separator(String text, int at) {
		int i = at;
		if (i < text.length() && text.charAt(i) == ')') {
			i++;
			i += space(text, i) ? 1 : 0;
		}
		else if (i < text.length() && text.charAt(i) == ',') {
			i++;
		}
		else {
			int blanks = 0;
			while (blanks < 2 && space(text, i)) {
				i++;
				blanks++;
			}
			if (i < text.length() && ".-–".indexOf(text.charAt(i)) >= 0 && blanks <= 1) {
				i++;
				i += space(text, i) ? 1 : 0;
			}
		}
		return (i > at && digit(text, i)) ? i : -1;
	}

	private static boolean blank(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			if (!space(text, i) && text.charAt(i) != ')') {
				return false;
			}
		}
		return true;
	}

	private static boolean space(String text, int i) {
		return i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00A0');
	}

	private static boolean digit(String text, int i) {
		return i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
	}

	/**
	 * Digits together.
	 *
	 * @param start first digit
	 * @param end after the last
	 * @param startable whether a number may start here
	 */
	private record Group(int start, int end, boolean startable) {
	}

}
