package vn.luutru.archive.records;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The Vietnamese names of document types ("tên loại văn bản", Decree 30/2020/NĐ-CP) by
 * the codes ingestion reads into {@code identifiers.kind}, which the retention schedule
 * is keyed by.
 */
public final class DocumentTypes {

	private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("quyet-dinh", "Quyết định"),
			Map.entry("thong-bao", "Thông báo"), Map.entry("bao-cao", "Báo cáo"),
			Map.entry("bao-cao-dtm", "Báo cáo đánh giá tác động môi trường"), Map.entry("giay-phep", "Giấy phép"),
			Map.entry("giay-chung-nhan", "Giấy chứng nhận quyền sử dụng đất"), Map.entry("bien-ban", "Biên bản"),
			Map.entry("to-trinh", "Tờ trình"), Map.entry("ke-hoach", "Kế hoạch"), Map.entry("nghi-dinh", "Nghị định"),
			Map.entry("thong-tu", "Thông tư"), Map.entry("nghi-quyet", "Nghị quyết"), Map.entry("chi-thi", "Chỉ thị"),
			Map.entry("huong-dan", "Hướng dẫn"), Map.entry("ban-do", "Bản đồ"), Map.entry("cong-van", "Công văn"));

	private DocumentTypes() {
	}

	/** The name of a type code; null for a code it does not know. */
	public static @Nullable String name(@Nullable String code) {
		return (code != null) ? NAMES.get(code) : null;
	}

	/** The code of a type name as an archivist types it, with or without diacritics. */
	public static String code(String name) {
		String folded = fold(name);
		return NAMES.entrySet()
			.stream()
			.filter((entry) -> fold(entry.getValue()).equals(folded) || entry.getKey().equals(folded))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(folded.replace(' ', '-'));
	}

	private static String fold(String text) {
		return Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('đ', 'd');
	}

}
