package vn.luutru.search.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A document's description by the input metadata of Circular 02/2019/TT-BNV ("thông tin
 * đầu vào của văn bản"); docs/records.md names each field's place in the circular and
 * where its default comes from.
 *
 * @param number its number ("số của văn bản"), e.g. {@code 977}
 * @param symbol its symbol ("ký hiệu của văn bản"), e.g. {@code TB-STNMT}
 * @param issuedOn its date ("ngày, tháng, năm văn bản")
 * @param documentType its type ("tên loại văn bản"): Quyết định, Thông báo, …
 * @param subject its subject ("trích yếu nội dung")
 * @param issuer its issuing body ("tên cơ quan, tổ chức ban hành văn bản")
 * @param signer who signed it ("người ký")
 * @param language its language ("ngôn ngữ"), ISO 639-1
 * @param pageCount its pages ("số lượng trang")
 * @param accessRegime its access regime ("chế độ sử dụng")
 * @param informationSign its information sign ("ký hiệu thông tin")
 * @param keywords its keywords ("từ khóa")
 * @param reliability its reliability ("mức độ tin cậy")
 * @param autograph autographs on it ("bút tích")
 * @param physicalState its physical state ("tình trạng vật lý")
 * @param notes notes ("ghi chú")
 */
record DocumentDescription(@Nullable String number, @Nullable String symbol, @Nullable LocalDate issuedOn,
		String documentType, String subject, @Nullable String issuer, @Nullable String signer, String language,
		int pageCount, AccessRegime accessRegime, @Nullable String informationSign, List<String> keywords,
		Reliability reliability, @Nullable String autograph, @Nullable String physicalState, @Nullable String notes) {

	private static final Pattern NUMBER = Pattern.compile("\\d{1,6}[a-zA-Z]?");

	private static final Pattern SYMBOL = Pattern.compile("[\\p{Lu}\\d]+(?:[-/.&][\\p{Lu}\\d]+)*");

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

	private static final int MAX_TEXT = 2000;

	DocumentDescription {
		keywords = (keywords != null) ? keywords.stream().map(String::strip).filter((k) -> !k.isEmpty()).toList()
				: List.of();
	}

	/**
	 * What is wrong with this description, in words an archivist can act on; empty when
	 * nothing is.
	 * @param today the date no document can be later than
	 */
	List<String> problems(LocalDate today) {
		List<String> problems = new ArrayList<>();
		if (this.number != null && !NUMBER.matcher(this.number).matches()) {
			problems.add("Số văn bản chỉ gồm chữ số (tối đa 6), ví dụ 977.");
		}
		if (this.symbol != null && !SYMBOL.matcher(this.symbol).matches()) {
			problems.add("Ký hiệu văn bản viết hoa, các phần nối bằng dấu gạch ngang, ví dụ TB-STNMT.");
		}
		if (this.issuedOn != null && this.issuedOn.isAfter(today)) {
			problems.add("Ngày văn bản không thể sau ngày hôm nay.");
		}
		if (this.documentType == null || this.documentType.isBlank()) {
			problems.add("Cần ghi tên loại văn bản (Quyết định, Thông báo, Công văn…).");
		}
		if (this.subject == null || this.subject.isBlank()) {
			problems.add("Cần ghi trích yếu nội dung.");
		}
		else if (this.subject.length() > MAX_TEXT) {
			problems.add("Trích yếu nội dung dài quá " + MAX_TEXT + " ký tự.");
		}
		if (this.language == null || !LANGUAGE.matcher(this.language).matches()) {
			problems.add("Ngôn ngữ ghi bằng mã hai chữ cái thường (vi, en, fr…).");
		}
		if (this.accessRegime == null) {
			problems.add("Cần chọn chế độ sử dụng (công khai hoặc hạn chế sử dụng).");
		}
		if (this.reliability == null) {
			problems.add("Cần chọn mức độ tin cậy (gốc điện tử, số hóa hoặc hỗn hợp).");
		}
		if (this.pageCount < 1) {
			problems.add("Số trang phải lớn hơn 0.");
		}
		if (this.keywords.size() > 20) {
			problems.add("Tối đa 20 từ khóa.");
		}
		return problems;
	}

	/** The number and symbol as written on the document: {@code 977/TB-STNMT}. */
	@Nullable String numberAndSymbol() {
		if (this.number == null) {
			return this.symbol;
		}
		return (this.symbol == null) ? this.number : this.number + "/" + this.symbol;
	}

}
