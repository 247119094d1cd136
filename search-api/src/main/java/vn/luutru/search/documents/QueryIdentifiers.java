package vn.luutru.search.documents;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import vn.luutru.archive.identifiers.DocumentKind;
import vn.luutru.archive.identifiers.DocumentNumber;
import vn.luutru.archive.identifiers.IdentifierText;

/**
 * The identifiers an officer wrote into free text, read the way the documents' own are
 * read (with or without diacritics, the letter O for a zero), so that a search can match
 * them against the identifiers read from the pages on top of the words: "tờ bản đồ số 12"
 * names map sheet 12, "thửa 125" a parcel, "977/TB-STNMT" a number and symbol, "thông báo
 * 977" or "quyết định 1234" a number whose symbol was left out, "25/10/2019" or "ngày 25
 * tháng 10 năm 2019" a date, "phường An Khánh" a unit, and the type named first ("thông
 * báo …", "bản đồ …") the kind of document looked for.
 *
 * @param sheets map sheet numbers ("12")
 * @param parcels parcels, {@code sheet/parcel} when a sheet was named, else
 * {@code * /parcel}
 * @param numbers full numbers and symbols ("977/TB-STNMT")
 * @param numberPrefixes numbers written without their symbol, as the start of one
 * ("977/")
 * @param dates dates
 * @param codes tokens shaped like one-stop dossier codes, upper case
 * @param units administrative units as written, folded ("phuong an khanh")
 * @param kind the kind of document the query names first ({@code thong-bao}), if any
 * @param expansions the abbreviations written, spelled out ("ĐTM" → "đánh giá tác động
 * môi trường")
 */
record QueryIdentifiers(List<String> sheets, List<String> parcels, List<String> numbers, List<String> numberPrefixes,
		List<LocalDate> dates, List<String> codes, List<String> units, @Nullable String kind, List<String> expansions) {

	private static final Pattern SHEET = Pattern.compile("\\bto(?: ban do)?(?: so)?\\s*:?\\s*(\\d{1,4})(?![\\d/])");

	private static final Pattern PARCEL = Pattern.compile("\\bthua(?: dat)?(?: so)?\\s*:?\\s*(\\d{1,5})(?![\\d/])");

	// A number after a document type or "số", without a symbol: "thông báo 977", "số
	// 1234".
	private static final Pattern BARE_NUMBER = Pattern.compile("\\b(?:so|thong bao|quyet dinh|cong van|to trinh|"
			+ "ke hoach|bao cao|bien ban|giay phep|qd|tb|cv|bc)\\s*(?:so)?\\s*:?\\s*(\\d{1,6})(?![\\d/.])");

	private static final Pattern WRITTEN_DATE = Pattern
		.compile("ngay\\s*(\\d{1,2})\\s*thang\\s*(\\d{1,2})\\s*nam\\s*(\\d{4})");

	private static final Pattern NUMERIC_DATE = Pattern
		.compile("(?<![\\d/.])(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?![\\d/])");

	private static final Pattern UNIT = Pattern.compile(
			"\\b(phuong|xa|quan|huyen|thi tran|thi xa)\\s+((?!to\\b|thua\\b|so\\b)\\p{L}+(?:\\s+(?!to\\b|thua\\b|so\\b)\\p{L}+)?)");

	// The shape of a dossier code ("000.00.12.H13-191002-0015"): its exact format is
	// configuration, so any long token of letters, digits, dots and dashes with no slash
	// is tried as one; a token that is none matches no entry.
	private static final Pattern DOSSIER_CODE = Pattern.compile("(?=.*[.-])[\\p{Alnum}][\\p{Alnum}.-]{9,}");

	private static final Pattern DIGITS_WITH_O = Pattern.compile("(?<![\\p{L}\\d])[\\do]*\\d[\\do]*(?![\\p{L}\\d])");

	// Abbreviations officers type, spelled out as documents write them.
	private static final Map<String, String> ABBREVIATIONS = Map.of("dtm", "đánh giá tác động môi trường", "qd",
			"quyết định", "tb", "thông báo", "cv", "công văn", "gcn", "giấy chứng nhận", "qsdd", "quyền sử dụng đất",
			"stnmt", "sở tài nguyên và môi trường", "ubnd", "ủy ban nhân dân", "v/v", "về việc");

	/** Reads the identifiers of an officer's free words. */
	static QueryIdentifiers read(String words) {
		String folded = fold(words);
		List<String> sheets = IdentifierText.integers(SHEET, folded);
		Set<String> parcels = new LinkedHashSet<>();
		for (String parcel : IdentifierText.integers(PARCEL, folded)) {
			parcels.add(sheets.isEmpty() ? "*/" + parcel : sheets.getFirst() + "/" + parcel);
		}
		Set<String> numbers = new LinkedHashSet<>(IdentifierText.documentNumbers(words));
		Set<String> prefixes = new LinkedHashSet<>();
		IdentifierText.integers(BARE_NUMBER, folded).forEach((number) -> prefixes.add(number + "/"));
		Set<String> units = new LinkedHashSet<>();
		Matcher unit = UNIT.matcher(folded);
		while (unit.find()) {
			units.add(unit.group(1) + " " + unit.group(2));
		}
		List<String> expansions = new ArrayList<>();
		for (String word : folded.split("\\s+")) {
			String expansion = ABBREVIATIONS.get(word);
			if (expansion != null) {
				expansions.add(expansion);
			}
		}
		List<String> codes = new ArrayList<>();
		for (String token : words.split("\\s+")) {
			if (DOSSIER_CODE.matcher(token).matches() && token.chars().filter(Character::isDigit).count() >= 6) {
				codes.add(token.toUpperCase(Locale.ROOT));
			}
		}
		return new QueryIdentifiers(sheets, List.copyOf(parcels), List.copyOf(numbers), List.copyOf(prefixes),
				IdentifierText.dates(folded, List.of(WRITTEN_DATE, NUMERIC_DATE)), List.copyOf(codes),
				List.copyOf(units), kind(folded, numbers, parcels), List.copyOf(expansions));
	}

	/** Whether the query names anything the documents' identifiers can match. */
	boolean any() {
		return !this.sheets.isEmpty() || !this.parcels.isEmpty() || !this.numbers.isEmpty()
				|| !this.numberPrefixes.isEmpty() || !this.dates.isEmpty() || !this.codes.isEmpty()
				|| !this.units.isEmpty() || this.kind != null;
	}

	/**
	 * The kind named first in the query; a number's type part names one too ("TB" is a
	 * notice). A sheet named beside a parcel is where the parcel lies, not the map looked
	 * for.
	 */
	private static @Nullable String kind(String folded, Set<String> numbers, Set<String> parcels) {
		Optional<DocumentKind> kind = DocumentKind.namedFirstIn(folded,
				(named) -> named != DocumentKind.BAN_DO || parcels.isEmpty());
		if (kind.isEmpty() && !numbers.isEmpty()) {
			kind = DocumentKind.ofNumberType(DocumentNumber.of(numbers.iterator().next()).type());
		}
		return kind.map(DocumentKind::code).orElse(null);
	}

	/**
	 * Lower case without diacritics, đ as d, and an O between digits read as the zero it
	 * is.
	 */
	static String fold(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('đ', 'd')
			.replace('Đ', 'D')
			.toLowerCase(Locale.ROOT);
		return DIGITS_WITH_O.matcher(folded).replaceAll((run) -> run.group().replace('o', '0')).replaceAll("\\s+", " ");
	}

}
