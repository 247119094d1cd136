package vn.luutru.archive.identifiers;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import vn.luutru.archive.index.ArchiveEntry.Identifiers;
import vn.luutru.archive.index.NumberGrid;

/**
 * Reads the identifiers of one page's text. Thread-safe.
 */
public final class IdentifierReader {

	private static final Pattern PARCEL = Pattern.compile(
			"thua(?: dat)?(?: so)?\\s*:?\\s*(\\d{1,5})\\s*[,;]?\\s*(?:thuoc\\s*)?to(?: ban do)?(?: so)?\\s*:?\\s*(\\d{1,4})");

	private static final Pattern DIGIT_RUN = Pattern.compile("[\\dOo][\\dOo.\\-]*[\\dOo]");

	private static final Pattern SHEET = Pattern.compile("to ban do(?: so)?\\s*:?\\s*(\\d{1,4})");

	private static final Pattern WRITTEN_DATE = Pattern
		.compile("ngay\\s*(\\d{1,2})\\s*thang\\s*(\\d{1,2})\\s*nam\\s*(\\d{4})");

	private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![\\d/.])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");

	private final Pattern dossierCode;

	private final Gazetteer gazetteer;

	public IdentifierReader(IdentifiersProperties properties) {
		this.dossierCode = Pattern.compile("(?<![\\w.])(" + properties.dossierCode() + ")(?![\\w])");
		this.gazetteer = (properties.gazetteer() != null) ? Gazetteer.of(properties.gazetteer()) : Gazetteer.bundled();
	}

	/** The identifiers of a page's text. */
	public Identifiers read(String text) {
		// Numbers, dates, parcels and codes are read with O-for-0 mistakes repaired.
		String folded = Folded.of(zeros(text));
		List<LocalDate> dates = IdentifierText.dates(folded, List.of(WRITTEN_DATE, NUMERIC_DATE));
		List<String> numbers = IdentifierText.documentNumbers(text);
		String kind = kind(text, numbers);
		List<String> sheets = IdentifierText.integers(SHEET, folded);
		return new Identifiers(kind, year(folded), numbers, dossierCodes(text), sheets, parcels(folded, kind, sheets),
				dates, this.gazetteer.find(folded));
	}

	private List<String> dossierCodes(String text) {
		String digits = zeros(text);
		Set<String> found = new LinkedHashSet<>();
		Matcher matcher = this.dossierCode.matcher(digits);
		while (matcher.find()) {
			found.add(matcher.group(1).toUpperCase(Locale.ROOT));
		}
		return List.copyOf(found);
	}

	/**
	 * OCR reads a zero as the letter O: in a run of digits and separators that holds a
	 * digit, an O can only be 0.
	 */
	private static String zeros(String text) {
		return DIGIT_RUN.matcher(text)
			.replaceAll((run) -> run.group().matches(".*\\d.*") ? run.group().replace('O', '0').replace('o', '0')
					: run.group());
	}

	/**
	 * The parcels named ("thửa đất số 125, tờ bản đồ số 12") and, on a map of one sheet,
	 * the parcel numbers of its {@link NumberGrid number grid}.
	 */
	private static List<String> parcels(String folded, @Nullable String kind, List<String> sheets) {
		Set<String> found = new LinkedHashSet<>();
		if ("ban-do".equals(kind) && sheets.size() == 1) {
			NumberGrid.numbers(folded).forEach((parcel) -> found.add(sheets.getFirst() + "/" + parcel));
		}
		Matcher matcher = PARCEL.matcher(folded);
		while (matcher.find()) {
			found.add(Integer.parseInt(matcher.group(2)) + "/" + Integer.parseInt(matcher.group(1)));
		}
		return List.copyOf(found);
	}

	/**
	 * The document's year: that of the place-and-date line ("Cần Thơ, ngày 25 tháng 10
	 * năm 2019"), else the year in its number ("43/2014/NĐ-CP" cites another document, so
	 * only a written date counts first).
	 */
	private static @Nullable Integer year(String folded) {
		Matcher matcher = WRITTEN_DATE.matcher(folded);
		while (matcher.find()) {
			int year = Integer.parseInt(matcher.group(3));
			if (year >= 1945 && year <= 2100) {
				return year;
			}
		}
		return null;
	}

	/**
	 * The kind of document: a title line in capitals near the top ("THÔNG BÁO", "QUYẾT
	 * ĐỊNH"), else the type part of its first number and symbol, else a letter when the
	 * symbol has no type.
	 */
	private static @Nullable String kind(String text, List<String> numbers) {
		String[] lines = text.split("\\R");
		for (int i = 0; i < Math.min(lines.length, 25); i++) {
			String capitals = leadingCapitals(lines[i]);
			if (capitals.isEmpty()) {
				continue;
			}
			// A title may run over two lines: "BÁO CÁO" / "ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG".
			boolean wholeLine = capitals.length() == lines[i].strip().length();
			String next = (wholeLine && i + 1 < lines.length) ? leadingCapitals(lines[i + 1]) : "";
			String folded = Folded.of(next.isEmpty() ? capitals : capitals + " " + next);
			Optional<DocumentKind> titled = DocumentKind.ofTitle(folded);
			if (titled.isPresent()) {
				return titled.get().code();
			}
		}
		if (!numbers.isEmpty()) {
			return DocumentKind.ofNumberType(DocumentNumber.of(numbers.getFirst()).type())
				.orElse(DocumentKind.CONG_VAN)
				.code();
		}
		return null;
	}

	/**
	 * The words in capitals a line starts with: a title ("QUYẾT ĐỊNH", "THÔNG BÁO") is
	 * set in capitals, alone on its line or before its subject in ordinary case.
	 */
	private static String leadingCapitals(String line) {
		StringBuilder capitals = new StringBuilder();
		for (String word : line.strip().split("\\s+")) {
			if (word.isEmpty() || !word.equals(word.toUpperCase(Locale.ROOT))
					|| word.chars().noneMatch(Character::isLetter)) {
				break;
			}
			capitals.append(capitals.isEmpty() ? "" : " ").append(word);
		}
		return (capitals.length() <= 80) ? capitals.toString() : "";
	}

}
