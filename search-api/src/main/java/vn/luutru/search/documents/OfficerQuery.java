package vn.luutru.search.documents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import vn.luutru.archive.index.IndexFields;
import vn.luutru.archive.identifiers.DocumentNumber;

/**
 * What an officer typed, taken apart: free words, quoted phrases, words to exclude with a
 * leading {@code -}, and field filters on the identifiers read from the documents
 * ({@code so:977/TB-STNMT thua:125 to:12 loai:ban-do nam:2019 ma:<dossier code>
 * dvhc:"An Khánh" phuong:"An Khánh" quan:"Ninh Kiều" vung:105.74,10.02,105.78,10.05}).
 *
 * @param words the free words, in order, space-separated (may be empty)
 * @param phrases quoted phrases
 * @param excluded words or phrases that must not occur
 * @param filters field filters
 */
record OfficerQuery(String words, List<String> phrases, List<String> excluded, List<Filter> filters) {

	/** The fields an officer can filter on, by the short Vietnamese names they type. */
	enum Field {

		/** số (document number and symbol). */
		SO("so", IndexFields.DOCUMENT_NUMBERS),

		/** thửa (parcel number). */
		THUA("thua", IndexFields.PARCELS),

		/** tờ (map sheet). */
		TO("to", IndexFields.MAP_SHEETS),

		/** loại (document kind). */
		LOAI("loai", IndexFields.KIND),

		/** năm (year). */
		NAM("nam", IndexFields.YEAR),

		/** mã hồ sơ (dossier code). */
		MA("ma", IndexFields.DOSSIER_CODES_READ),

		/** đơn vị hành chính (administrative unit). */
		DVHC("dvhc", IndexFields.ADMIN_UNITS_FOLDED),

		/** phường, xã, thị trấn: the ward a document names (a map's ward). */
		PHUONG("phuong", IndexFields.WARDS_FOLDED),

		/** quận, huyện, thị xã: the district a document names. */
		QUAN("quan", IndexFields.DISTRICTS_FOLDED),

		/**
		 * vùng: a box {@code minLon,minLat,maxLon,maxLat} in WGS84 degrees that a map's
		 * footprint meets.
		 */
		VUNG("vung", IndexFields.FOOTPRINT),

		/** hồ sơ: attached to a dossier ({@code co}) or not ({@code khong}). */
		HOSO("hoso", IndexFields.DOSSIER_CODES),

		/** lĩnh vực of an attached dossier (land, environment, …). */
		LINHVUC("linhvuc", IndexFields.DOSSIER_FIELDS),

		/** thủ tục: the procedure of an attached dossier. */
		THUTUC("thutuc", IndexFields.DOSSIER_PROCEDURES),

		/** hồ sơ lưu trữ: the archival file a document is filed in. */
		HSLT("hslt", IndexFields.ARCHIVAL_FILE_CODE),

		/** từ khóa: a keyword of the archival description. */
		TUKHOA("tukhoa", IndexFields.ARCHIVAL_KEYWORDS),

		/** cơ quan ban hành: the issuing body of the archival description. */
		COQUAN("coquan", IndexFields.ARCHIVAL_ISSUER),

		/** chế độ sử dụng: {@code cong-khai} or {@code han-che}. */
		CHEDO("chedo", IndexFields.ARCHIVAL_ACCESS_REGIME);

		private final String typed;

		private final String indexField;

		Field(String typed, String indexField) {
			this.typed = typed;
			this.indexField = indexField;
		}

		String typed() {
			return this.typed;
		}

		String indexField() {
			return this.indexField;
		}

		/**
		 * Whether the field says which pages of a document match (a number, sheet,
		 * parcel, code or unit read on the page). The others say which documents do,
		 * whatever page: the search finding the documents has applied them.
		 */
		boolean pageLevel() {
			return this == SO || this == THUA || this == TO || this == MA || this == DVHC;
		}

		static String known() {
			return Arrays.stream(values()).map((field) -> field.typed + ":").collect(Collectors.joining(", "));
		}

	}

	/**
	 * One field filter, its value normalised as the index holds it.
	 *
	 * @param field the field
	 * @param value the value
	 */
	record Filter(Field field, String value) {
	}

	/**
	 * What a page's matches are marked by (snippets, hit boxes): the typed phrases and
	 * words; never the excluded words or the field filters.
	 */
	List<String> marked() {
		List<String> marked = new ArrayList<>(this.phrases);
		marked.add(this.words);
		return marked;
	}

	/** Whether there is anything to match text against (not only filters). */
	boolean hasText() {
		return !this.words.isEmpty() || !this.phrases.isEmpty();
	}

	/**
	 * Takes a query apart.
	 * @throws InvalidSearch for an unbalanced quote, an unknown field or a value a field
	 * cannot take
	 */
	static OfficerQuery parse(String text) {
		List<String> words = new ArrayList<>();
		List<String> phrases = new ArrayList<>();
		List<String> excluded = new ArrayList<>();
		List<Filter> filters = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
				continue;
			}
			boolean exclude = c == '-' && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
			int start = exclude ? i + 1 : i;
			Token token = token(text, start);
			i = token.end();
			if (token.quoted()) {
				(exclude ? excluded : phrases).add(token.text());
				continue;
			}
			int colon = token.text().indexOf(':');
			if (colon > 0 && token.text().substring(0, colon).matches("[a-z]+") && !exclude) {
				String name = token.text().substring(0, colon);
				String value = token.text().substring(colon + 1);
				if (value.isEmpty() && i < text.length() && text.charAt(i) == '"') {
					Token quoted = token(text, i);
					value = quoted.text();
					i = quoted.end();
				}
				filters.add(filter(name, value));
				continue;
			}
			(exclude ? excluded : words).add(token.text());
		}
		return new OfficerQuery(String.join(" ", words), List.copyOf(phrases), List.copyOf(excluded),
				List.copyOf(filters));
	}

	private record Token(String text, boolean quoted, int end) {
	}

	private static Token token(String text, int start) {
		if (text.charAt(start) == '"') {
			int close = text.indexOf('"', start + 1);
			if (close < 0) {
				throw new InvalidSearch("A quotation mark opened at character " + (start + 1)
						+ " is not closed: put the phrase between two quotation marks.");
			}
			return new Token(text.substring(start + 1, close).strip(), true, close + 1);
		}
		int end = start;
		while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
			end++;
		}
		return new Token(text.substring(start, end), false, end);
	}

	private static Filter filter(String name, String value) {
		Field field = Arrays.stream(Field.values())
			.filter((f) -> f.typed().equals(name))
			.findFirst()
			.orElseThrow(
					() -> new InvalidSearch("Unknown field '" + name + ":'; the fields are " + Field.known() + "."));
		if (value.isBlank()) {
			throw new InvalidSearch("The field '" + name + ":' needs a value, e.g. " + example(field) + ".");
		}
		return new Filter(field, normalised(field, value.strip()));
	}

	private static String normalised(Field field, String value) {
		try {
			return switch (field) {
				case SO -> DocumentNumber.of(value).value();
				case THUA, TO -> Integer.toString(Integer.parseInt(value));
				case NAM -> Integer.toString(Integer.parseInt(value));
				case MA -> value.toUpperCase(Locale.ROOT);
				case LOAI -> value.toLowerCase(Locale.ROOT);
				case DVHC, LINHVUC, THUTUC, TUKHOA, COQUAN, PHUONG, QUAN -> value;
				case VUNG -> Area.parse(value).typed();
				case HSLT -> value.toUpperCase(Locale.ROOT);
				case CHEDO -> switch (value.toLowerCase(Locale.ROOT)) {
					case "cong-khai", "han-che" -> value.toLowerCase(Locale.ROOT);
					default -> throw new IllegalArgumentException(value);
				};
				// Typed with or without the diacritics: "có", "co", "không", "khong".
				case HOSO -> switch (java.text.Normalizer
					.normalize(value.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
					.replaceAll("\\p{M}", "")) {
					case "co" -> "co";
					case "khong" -> "khong";
					default -> throw new IllegalArgumentException(value);
				};
			};
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidSearch(
					"'" + value + "' is not a value for '" + field.typed() + ":'; for example " + example(field) + ".");
		}
	}

	private static String example(Field field) {
		return switch (field) {
			case SO -> "so:977/TB-STNMT";
			case THUA -> "thua:125";
			case TO -> "to:12";
			case LOAI -> "loai:ban-do";
			case NAM -> "nam:2019";
			case MA -> "ma:000.00.12.H13-191002-0015";
			case DVHC -> "dvhc:\"An Khánh\"";
			case PHUONG -> "phuong:\"An Khánh\"";
			case QUAN -> "quan:\"Ninh Kiều\"";
			case VUNG -> "vung:105.74,10.02,105.78,10.05";
			case HOSO -> "hoso:co or hoso:khong";
			case LINHVUC -> "linhvuc:\"Đất đai\"";
			case THUTUC -> "thutuc:\"Thuê đất\"";
			case HSLT -> "hslt:H12.1.3";
			case TUKHOA -> "tukhoa:\"thu hồi đất\"";
			case COQUAN -> "coquan:\"Sở Tài nguyên và Môi trường\"";
			case CHEDO -> "chedo:cong-khai";
		};
	}

}
