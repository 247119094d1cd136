package vn.luutru.ingest.structure;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sections of a report found in its text: its chapters ({@code CHƯƠNG I},
 * {@code Chương 1}), {@code MỞ ĐẦU}, {@code KẾT LUẬN}, {@code PHỤ LỤC}, and numbered
 * headings ({@code 1.}, {@code 1.1}) written in capitals, each on a line by itself.
 * Conservative on purpose: a wrong table of contents is worse than none, so a document
 * gets sections only when at least {@value #MIN_HEADINGS} are found and one of them is a
 * chapter or a named part, and a line repeated on later pages (a running head) counts
 * once.
 */
final class Headings {

	static final int MIN_HEADINGS = 2;

	private static final int MAX_LENGTH = 120;

	private static final Pattern CHAPTER = Pattern
		.compile("(CHƯƠNG|Chương|PHẦN|Phần)\\s+([IVXLC]{1,6}|\\d{1,3})(\\s*[.:\\-–]\\s*.*|\\s+\\p{Lu}.*)?");

	private static final Pattern NAMED = Pattern.compile("(MỞ ĐẦU|KẾT LUẬN( VÀ KIẾN NGHỊ)?|PHỤ LỤC)\\b.*");

	private static final Pattern NUMBERED = Pattern.compile("(\\d{1,2}(\\.\\d{1,2}){0,2})\\.?\\s+(\\p{Lu}.*)");

	private Headings() {
	}

	/**
	 * The sections the pages' text gives: chapters and named parts at the top, numbered
	 * headings within the chapter before them.
	 * @param pages the pages' text, page 1 first
	 */
	static List<Section> of(List<String> pages) {
		List<Found> found = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int page = 1; page <= pages.size(); page++) {
			for (String raw : pages.get(page - 1).split("\\R")) {
				String line = Normalizer.normalize(raw.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC);
				Kind kind = kind(line);
				if (kind != null && seen.add(line)) {
					found.add(new Found(line, page, kind));
				}
			}
		}
		if (found.size() < MIN_HEADINGS || found.stream().noneMatch((heading) -> heading.kind() == Kind.TOP)) {
			return List.of();
		}
		return nest(found);
	}

	private static List<Section> nest(List<Found> found) {
		List<Section> top = new ArrayList<>();
		String label = null;
		int page = 0;
		List<Section> within = new ArrayList<>();
		for (Found heading : found) {
			if (heading.kind() == Kind.TOP) {
				if (label != null) {
					top.add(new Section(label, page, within));
				}
				label = heading.line();
				page = heading.page();
				within = new ArrayList<>();
			}
			else if (label != null) {
				within.add(new Section(heading.line(), heading.page(), List.of()));
			}
			else {
				top.add(new Section(heading.line(), heading.page(), List.of()));
			}
		}
		if (label != null) {
			top.add(new Section(label, page, within));
		}
		return top;
	}

	private static Kind kind(String line) {
		if (line.isEmpty() || line.length() > MAX_LENGTH) {
			return null;
		}
		if (CHAPTER.matcher(line).matches() || (NAMED.matcher(line).matches() && capitals(line))) {
			return Kind.TOP;
		}
		var numbered = NUMBERED.matcher(line);
		if (numbered.matches() && capitals(numbered.group(3)) && numbered.group(3).length() >= 4) {
			return Kind.NUMBERED;
		}
		return null;
	}

	/** Letters all capitals, at least three of them, as headings are typed. */
	private static boolean capitals(String text) {
		long letters = text.codePoints().filter(Character::isLetter).count();
		return letters >= 3 && text.codePoints().filter(Character::isLowerCase).findAny().isEmpty();
	}

	private enum Kind {

		TOP, NUMBERED

	}

	private record Found(String line, int page, Kind kind) {
	}

}
