package vn.luutru.archive.identifiers;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The kinds of document the archive tells apart ("tên loại văn bản", Decree
 * 30/2020/NĐ-CP, and the department's own papers), with every way each is named: its code
 * in {@code identifiers.kind} (which facets, the retention schedule and {@code loai:}
 * use), its name, the short label shown, the type part of its numbers ("QĐ" in
 * "12/2019/QĐ-UBND") and the names officers type for it.
 *
 * <p>
 * One list for ingestion reading a title, the search reading a query and the viewer
 * naming a kind: a kind added here is read, searched and shown alike.
 */
public enum DocumentKind {

	/** Decision. */
	QUYET_DINH("quyet-dinh", "Quyết định", null, "QĐ"),

	/** Notice. */
	THONG_BAO("thong-bao", "Thông báo", null, "TB"),

	/** Report. */
	BAO_CAO("bao-cao", "Báo cáo", null, "BC"),

	/**
	 * Environmental impact assessment report, named by what it assesses as often as by
	 * its type.
	 */
	BAO_CAO_DTM("bao-cao-dtm", "Báo cáo đánh giá tác động môi trường", "Báo cáo ĐTM", null, "bao cao dtm",
			"danh gia tac dong moi truong", "dtm"),

	/** Licence (water abstraction, discharge, mining). */
	GIAY_PHEP("giay-phep", "Giấy phép", null, "GP"),

	/** Land use right certificate. */
	GIAY_CHUNG_NHAN("giay-chung-nhan", "Giấy chứng nhận quyền sử dụng đất", "Giấy chứng nhận", null, "giay chung nhan"),

	/** Record of an inspection or a meeting. */
	BIEN_BAN("bien-ban", "Biên bản", null, "BB"),

	/** Submission to a superior. */
	TO_TRINH("to-trinh", "Tờ trình", null, "TTR"),

	/** Plan. */
	KE_HOACH("ke-hoach", "Kế hoạch", null, "KH"),

	/** Government decree. */
	NGHI_DINH("nghi-dinh", "Nghị định", null, "NĐ"),

	/** Ministry circular. */
	THONG_TU("thong-tu", "Thông tư", null, "TT"),

	/** Resolution. */
	NGHI_QUYET("nghi-quyet", "Nghị quyết", null, "NQ"),

	/** Directive. */
	CHI_THI("chi-thi", "Chỉ thị", null, "CT"),

	/** Guidance. */
	HUONG_DAN("huong-dan", "Hướng dẫn", null, "HD"),

	/** Map sheet. */
	BAN_DO("ban-do", "Bản đồ", null, null),

	/** Letter: also every number whose symbol has no type part ("1234/STNMT-VP"). */
	CONG_VAN("cong-van", "Công văn", null, null);

	// Every name of every kind, the longer first: "báo cáo đánh giá tác động môi trường"
	// is tried before "báo cáo".
	private static final List<Name> NAMES = Arrays.stream(values())
		.flatMap(DocumentKind::names)
		.sorted(Comparator.comparingInt((Name name) -> name.folded().length()).reversed())
		.toList();

	// The names a title block writes, the longer first; the names officers type for a
	// kind ("giấy chứng nhận") may start other titles ("giấy chứng nhận đăng ký đầu tư").
	private static final List<Name> TITLES = NAMES.stream().filter((name) -> name.kind().isTypeName(name)).toList();

	private final String code;

	private final String typeName;

	private final String label;

	private final @Nullable String symbolType;

	private final List<String> aliases;

	DocumentKind(String code, String typeName, @Nullable String label, @Nullable String symbolType, String... aliases) {
		this.code = code;
		this.typeName = typeName;
		this.label = (label != null) ? label : typeName;
		this.symbolType = symbolType;
		this.aliases = List.of(aliases);
	}

	/** The code held in {@code identifiers.kind} ("quyet-dinh"). */
	public String code() {
		return this.code;
	}

	/** Its name in full, as a title block writes it ("Quyết định"). */
	public String typeName() {
		return this.typeName;
	}

	/** The short name shown beside a document ("Báo cáo ĐTM"). */
	public String label() {
		return this.label;
	}

	/**
	 * The folded words every title of this kind starts with, as its code spells them:
	 * "bao cao" for an EIA report, whose title block reads "BÁO CÁO" then "ĐÁNH GIÁ TÁC
	 * ĐỘNG MÔI TRƯỜNG"; "giay chung nhan" for a certificate, whatever OCR made of the
	 * rest.
	 */
	public List<String> titleStart() {
		return List.of(((this == BAO_CAO_DTM) ? BAO_CAO : this).code.split("-"));
	}

	/** The kind of a code; empty for a code it does not know. */
	public static Optional<DocumentKind> ofCode(@Nullable String code) {
		return Arrays.stream(values()).filter((kind) -> kind.code.equals(code)).findFirst();
	}

	/**
	 * The kind a folded title starts with ("quyet dinh ve viec ..."), the longest name
	 * first.
	 */
	public static Optional<DocumentKind> ofTitle(String folded) {
		return TITLES.stream().filter((name) -> folded.startsWith(name.folded())).map(Name::kind).findFirst();
	}

	/**
	 * The kind a number's type part names ("TB" a notice, in any case); a symbol with no
	 * type part is a letter's; empty for a type it does not know.
	 */
	public static Optional<DocumentKind> ofNumberType(String type) {
		if (type.isEmpty()) {
			return Optional.of(CONG_VAN);
		}
		return Arrays.stream(values()).filter((kind) -> type.equalsIgnoreCase(kind.symbolType)).findFirst();
	}

	/**
	 * The kind named first in folded words, among those allowed; where two names start at
	 * the same word the longer wins.
	 */
	public static Optional<DocumentKind> namedFirstIn(String folded, Predicate<DocumentKind> allowed) {
		int first = Integer.MAX_VALUE;
		DocumentKind found = null;
		for (Name name : NAMES) {
			Matcher matcher = name.pattern().matcher(folded);
			if (allowed.test(name.kind()) && matcher.find() && matcher.start() < first) {
				first = matcher.start();
				found = name.kind();
			}
		}
		return Optional.ofNullable(found);
	}

	/**
	 * The code of a kind as an archivist types it, by name or code, with or without
	 * diacritics; a kind not listed keeps its own name as a code ("so-tay" for "Sổ tay").
	 */
	public static String codeOf(String typed) {
		String folded = Folded.of(typed.strip());
		return NAMES.stream()
			.filter((name) -> name.folded().equals(folded) || name.kind().code.equals(folded))
			.map((name) -> name.kind().code)
			.findFirst()
			.orElse(folded.replace(' ', '-'));
	}

	private boolean isTypeName(Name name) {
		return name.folded().equals(Folded.of(this.typeName));
	}

	private Stream<Name> names() {
		return Stream.concat(Stream.of(Folded.of(this.typeName)), this.aliases.stream())
			.map((folded) -> new Name(folded, Pattern.compile("\\b" + Pattern.quote(folded) + "\\b"), this));
	}

	/** One name of a kind, folded, and the pattern finding it as whole words. */
	private record Name(String folded, Pattern pattern, DocumentKind kind) {
	}

}
