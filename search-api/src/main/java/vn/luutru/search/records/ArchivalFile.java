package vn.luutru.search.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An archival file ("hồ sơ lưu trữ") by the input metadata of Circular 02/2019/TT-BNV
 * ("thông tin đầu vào của hồ sơ"): the archive's unit of arrangement, retention and
 * appraisal, grouping documents. It is not a one-stop dossier (an applicant's case).
 *
 * @param code its code ("mã hồ sơ"): fonds.catalogue.file
 * @param fondsCode its fonds ("mã phông")
 * @param catalogueNumber its catalogue ("mục lục số")
 * @param boxNumber its box ("hộp số"); null when not boxed
 * @param fileNumber its number in the catalogue ("hồ sơ số")
 * @param title its title ("tiêu đề hồ sơ")
 * @param documentType the type code of the documents it holds, which its default
 * retention period is looked up by
 * @param retention its retention period ("thời hạn bảo quản")
 * @param accessRegime its access regime ("chế độ sử dụng")
 * @param language its language ("ngôn ngữ")
 * @param startDate its start ("thời gian bắt đầu")
 * @param endDate its end ("thời gian kết thúc"), which retention is counted from
 * @param sheetCount its sheets ("số lượng tờ")
 * @param physicalState its physical state ("tình trạng vật lý")
 * @param reliability its reliability ("mức độ tin cậy")
 * @param notes notes ("chú giải")
 * @param status {@code open}, {@code destruction-approved} or {@code destroyed}
 */
record ArchivalFile(String code, String fondsCode, int catalogueNumber, @Nullable Integer boxNumber, int fileNumber,
		String title, @Nullable String documentType, RetentionPeriod retention, AccessRegime accessRegime,
		String language, @Nullable LocalDate startDate, @Nullable LocalDate endDate, @Nullable Integer sheetCount,
		@Nullable String physicalState, Reliability reliability, @Nullable String notes, String status) {

	/**
	 * The date it falls due for appraisal; null when kept permanently or never closed.
	 */
	@Nullable LocalDate reviewFrom() {
		return this.retention.reviewFrom(this.endDate);
	}

	/**
	 * What an archivist sends to open a file; the code is made from its parts, and the
	 * retention period comes from the schedule when none is given.
	 */
	record Draft(@Nullable String fondsCode, @Nullable Integer catalogueNumber, @Nullable Integer boxNumber,
			@Nullable Integer fileNumber, @Nullable String title, @Nullable String documentType,
			@Nullable String retention, @Nullable String accessRegime, @Nullable String language,
			@Nullable LocalDate startDate, @Nullable LocalDate endDate, @Nullable Integer sheetCount,
			@Nullable String physicalState, @Nullable String reliability, @Nullable String notes) {

		/** What is wrong with the draft, in Vietnamese; empty when nothing is. */
		List<String> problems() {
			List<String> problems = new ArrayList<>();
			if (this.fondsCode == null || !FileCode.FONDS.matcher(this.fondsCode).matches()) {
				problems.add("Mã phông viết hoa, chỉ gồm chữ, số và dấu gạch ngang, ví dụ H12.");
			}
			if (this.catalogueNumber == null || this.catalogueNumber < 1) {
				problems.add("Mục lục số phải lớn hơn 0.");
			}
			if (this.fileNumber == null || this.fileNumber < 1) {
				problems.add("Hồ sơ số phải lớn hơn 0.");
			}
			if (this.boxNumber != null && this.boxNumber < 1) {
				problems.add("Hộp số phải lớn hơn 0.");
			}
			if (this.title == null || this.title.isBlank()) {
				problems.add("Cần ghi tiêu đề hồ sơ.");
			}
			if (this.startDate != null && this.endDate != null && this.startDate.isAfter(this.endDate)) {
				problems.add("Thời gian bắt đầu phải trước thời gian kết thúc.");
			}
			if (this.sheetCount != null && this.sheetCount < 0) {
				problems.add("Số tờ không thể âm.");
			}
			check(problems, () -> (this.retention != null) ? RetentionPeriod.of(this.retention) : null);
			check(problems, () -> (this.accessRegime != null) ? AccessRegime.of(this.accessRegime) : null);
			check(problems, () -> (this.reliability != null) ? Reliability.of(this.reliability) : null);
			return problems;
		}

		private static void check(List<String> problems, java.util.function.Supplier<@Nullable Object> parse) {
			try {
				parse.get();
			}
			catch (IllegalArgumentException ex) {
				problems.add(String.valueOf(ex.getMessage()));
			}
		}

	}

}
