package vn.luutru.search.export;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The package's {@code data/description.json}: the package's own description and each
 * document's descriptive fields, named as Circular 02/2019/TT-BNV names them (in ASCII
 * keys, with the circular's Vietnamese label in {@code fieldLabels}), and where its files
 * lie in the bag.
 */
final class PackageDescription {

	/** The circular's label of each document field, for people reading the JSON. */
	static final Map<String, String> LABELS = labels();

	private PackageDescription() {
	}

	static Map<String, Object> of(PackageSource source, List<Map<String, Object>> documents) {
		Map<String, Object> description = new LinkedHashMap<>();
		description.put("standard", "Thông tư 02/2019/TT-BNV (trường thông tin đầu vào của văn bản)");
		description.put("kind", source.kind());
		description.put("id", source.id());
		description.put("createdAt", Instant.now().toString());
		description.put("description", source.description());
		description.put("fieldLabels", LABELS);
		description.put("documents", documents);
		return description;
	}

	static Map<String, Object> document(DescribedDocument document, Map<String, Object> files) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("identifier", document.id());
		fields.put("numberAndSymbol", document.numberAndSymbol());
		fields.put("date", document.date());
		fields.put("type", document.type());
		fields.put("subject", document.subject());
		fields.put("issuer", document.issuer());
		fields.put("pages", document.pages());
		fields.put("language", document.language());
		fields.put("title", document.title());
		fields.put("fileName", document.fileName());
		fields.put("format", document.contentType());
		fields.put("sha256", document.sha256());
		fields.put("files", files);
		return fields;
	}

	private static Map<String, String> labels() {
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("identifier", "Mã định danh văn bản");
		labels.put("numberAndSymbol", "Số và ký hiệu văn bản");
		labels.put("date", "Ngày, tháng, năm văn bản");
		labels.put("type", "Tên loại văn bản");
		labels.put("subject", "Trích yếu nội dung");
		labels.put("issuer", "Cơ quan, tổ chức ban hành văn bản");
		labels.put("pages", "Số trang");
		labels.put("language", "Ngôn ngữ");
		labels.put("format", "Định dạng");
		return java.util.Collections.unmodifiableMap(labels);
	}

}
