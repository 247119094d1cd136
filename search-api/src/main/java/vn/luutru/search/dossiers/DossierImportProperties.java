package vn.luutru.search.dossiers;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the one-stop system's exports map onto dossiers: the column (CSV header, or JSON
 * key) holding each field. The defaults are the Vietnamese headers of a typical export;
 * set {@code luutru.dossiers.import.columns.*} to match another system.
 *
 * @param separator CSV field separator (default {@code ,}; spreadsheet exports in a
 * Vietnamese locale often use {@code ;})
 * @param listSeparator separator inside the parcels and document-numbers columns (default
 * {@code ;})
 * @param columns the column of each field
 */
@ConfigurationProperties("luutru.dossiers.import")
public record DossierImportProperties(@DefaultValue(",") char separator, @DefaultValue(";") String listSeparator,
		@DefaultValue Columns columns) {

	/**
	 * The column of each field.
	 *
	 * @param code dossier code (required)
	 * @param procedureCode procedure code
	 * @param procedureName procedure name
	 * @param field field (land, environment, …)
	 * @param applicantName applicant's name
	 * @param applicantIdNumber applicant's CCCD/CMND
	 * @param applicantAddress applicant's address
	 * @param applicantPhone applicant's phone
	 * @param receivedOn received date (dd/MM/yyyy or yyyy-MM-dd)
	 * @param dueOn due date
	 * @param returnedOn returned date
	 * @param status status, in the export's words ("Đang giải quyết", "Đã trả kết quả",
	 * …) (required)
	 * @param returnChannel return channel ("Trực tiếp", "Bưu điện", "Trực tuyến")
	 * @param ward ward or commune
	 * @param district district
	 * @param province province or city
	 * @param parcels parcels as {@code sheet/parcel}, several separated by the list
	 * separator ("12/125; 12/126")
	 * @param documentNumbers document numbers the dossier cites ("977/TB-STNMT")
	 * @param notes notes
	 */
	public record Columns(@DefaultValue("Mã hồ sơ") String code, @DefaultValue("Mã thủ tục") String procedureCode,
			@DefaultValue("Tên thủ tục") String procedureName, @DefaultValue("Lĩnh vực") String field,
			@DefaultValue("Người nộp") String applicantName, @DefaultValue("Số CCCD") String applicantIdNumber,
			@DefaultValue("Địa chỉ") String applicantAddress, @DefaultValue("Số điện thoại") String applicantPhone,
			@DefaultValue("Ngày nhận") String receivedOn, @DefaultValue("Ngày hẹn trả") String dueOn,
			@DefaultValue("Ngày trả") String returnedOn, @DefaultValue("Trạng thái") String status,
			@DefaultValue("Hình thức trả") String returnChannel, @DefaultValue("Phường/Xã") String ward,
			@DefaultValue("Quận/Huyện") String district, @DefaultValue("Tỉnh/Thành phố") String province,
			@DefaultValue("Thửa đất") String parcels, @DefaultValue("Văn bản liên quan") String documentNumbers,
			@DefaultValue("Ghi chú") String notes) {

		static Columns defaults() {
			return new Columns("Mã hồ sơ", "Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Người nộp", "Số CCCD", "Địa chỉ",
					"Số điện thoại", "Ngày nhận", "Ngày hẹn trả", "Ngày trả", "Trạng thái", "Hình thức trả",
					"Phường/Xã", "Quận/Huyện", "Tỉnh/Thành phố", "Thửa đất", "Văn bản liên quan", "Ghi chú");
		}

	}

	/** The defaults, for code and tests that run without Spring. */
	public static DossierImportProperties defaults() {
		return new DossierImportProperties(',', ";", Columns.defaults());
	}

}
