package vn.luutru.ingest.extraction;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import vn.luutru.archive.identifiers.DocumentTitle;

/**
 * Reads a title from the first page of a Vietnamese administrative paper (Decree
 * 30/2020/NĐ-CP layout).
 *
 * <p>
 * Such papers open with the issuing body, the national motto, the number and the
 * place-date line; the title is the document-type heading ("THÔNG BÁO", "QUYẾT ĐỊNH", …)
 * with the subject line under it ("Về việc …", "V/v …"), read by {@link DocumentTitle}
 * together with the paper's own number. Where there is no such heading, the first line
 * that is none of the boilerplate is used.
 */
final class Titles {

	private static final int MAX_LENGTH = 160;

	private static final List<String> HEADINGS = List.of("THONG BAO", "QUYET DINH", "BAO CAO", "CONG VAN", "BIEN BAN",
			"TO TRINH", "GIAY PHEP", "GIAY CHUNG NHAN", "KE HOACH", "HOP DONG", "BAN DO", "CHI THI", "NGHI QUYET");

	private static final Pattern BOILERPLATE = Pattern.compile(
			"^(cong hoa xa hoi chu nghia viet nam|doc lap\\W+tu do\\W+hanh phuc|so\\s*:.*|.*,\\s*ngay\\s+\\d+.*|[-_=.\\s]*)$");

	private Titles() {
	}

	static @Nullable String fromText(String text) {
		// Type, number and subject, where the page lays them out as Decree 30 has it.
		Optional<DocumentTitle> laidOut = DocumentTitle.read(text);
		if (laidOut.isPresent()) {
			return shorten(laidOut.get().title());
		}
		List<String> lines = text.lines().map(String::strip).filter((line) -> !line.isEmpty()).limit(40).toList();
		for (int i = 0; i < lines.size(); i++) {
			String folded = fold(lines.get(i));
			if (HEADINGS.stream().anyMatch((heading) -> folded.toUpperCase(Locale.ROOT).startsWith(heading))) {
				String title = lines.get(i);
				if (i + 1 < lines.size() && isSubject(fold(lines.get(i + 1)))) {
					title = title + " " + lines.get(i + 1);
				}
				return shorten(title);
			}
		}
		return lines.stream()
			.filter((line) -> line.codePoints().filter(Character::isLetter).count() >= 4)
			.filter((line) -> !BOILERPLATE.matcher(fold(line)).matches())
			.findFirst()
			.map(Titles::shorten)
			.orElse(null);
	}

	private static boolean isSubject(String folded) {
		return folded.startsWith("ve viec") || folded.startsWith("v/v") || folded.startsWith("ve ");
	}

	/**
	 * Lowercase, without diacritics, đ as d: good enough to recognise headings in OCR
	 * output.
	 */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
	}

	private static String shorten(String title) {
		return (title.length() > MAX_LENGTH) ? title.substring(0, MAX_LENGTH).strip() + "…" : title;
	}

}
