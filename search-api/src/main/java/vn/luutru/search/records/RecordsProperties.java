package vn.luutru.search.records;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.luutru.archive.identifiers.DocumentKind;
import vn.luutru.archive.records.ArchivalDescriptions;

/**
 * Archival description and retention settings ({@code luutru.records.*}).
 *
 * <p>
 * The default retention schedule follows the general periods of Circular 10/2022/TT-BNV
 * (records common to all agencies) and keeps the land and environment records a
 * department of natural resources holds (cadastral maps, land-use certificates, impact
 * assessment reports, permits) permanently. It is a starting point: set
 * {@code luutru.records.retention.<type>} to the department's own approved list of
 * retention periods ("danh mục hồ sơ có thời hạn bảo quản"). A type the schedule does not
 * name is kept permanently, so that nothing falls due for destruction by omission.
 *
 * @param retention retention period by document type code ({@code quyet-dinh},
 * {@code thong-bao}, …, the codes of the index's {@code identifiers.kind}): "vinh-vien"
 * or a number of years
 * @param accessRegime the access regime a derived description proposes: {@code han-che}
 * (restricted), since scans of applicants' papers carry personal data
 * @param language the language a derived description proposes (ISO 639-1)
 */
@ConfigurationProperties("luutru.records")
public record RecordsProperties(Map<String, String> retention,
		@DefaultValue(ArchivalDescriptions.DEFAULT_ACCESS_REGIME) String accessRegime,
		@DefaultValue("vi") String language) {

	/** The default schedule; configured entries replace these one type at a time. */
	static final Map<String, String> DEFAULT_RETENTION = Map.ofEntries(
			Map.entry(DocumentKind.QUYET_DINH.code(), "vinh-vien"), Map.entry(DocumentKind.BAN_DO.code(), "vinh-vien"),
			Map.entry(DocumentKind.GIAY_CHUNG_NHAN.code(), "vinh-vien"),
			Map.entry(DocumentKind.BAO_CAO_DTM.code(), "vinh-vien"),
			Map.entry(DocumentKind.GIAY_PHEP.code(), "vinh-vien"),
			Map.entry(DocumentKind.NGHI_QUYET.code(), "vinh-vien"), Map.entry(DocumentKind.KE_HOACH.code(), "20"),
			Map.entry(DocumentKind.BAO_CAO.code(), "20"), Map.entry(DocumentKind.TO_TRINH.code(), "20"),
			Map.entry(DocumentKind.HUONG_DAN.code(), "10"), Map.entry(DocumentKind.THONG_BAO.code(), "10"),
			Map.entry(DocumentKind.BIEN_BAN.code(), "10"), Map.entry(DocumentKind.CONG_VAN.code(), "10"));

	public RecordsProperties {
		Map<String, String> schedule = new java.util.TreeMap<>(DEFAULT_RETENTION);
		if (retention != null) {
			schedule.putAll(retention);
		}
		// Fail at start-up, not at the first appraisal, on a period nobody can read.
		schedule.values().forEach(RetentionPeriod::of);
		AccessRegime.of(accessRegime);
		retention = Map.copyOf(schedule);
	}

	/** The defaults, for code and tests that run without Spring. */
	static RecordsProperties defaults() {
		return new RecordsProperties(Map.of(), "han-che", "vi");
	}

	/**
	 * The retention period of files of this type; permanent when the schedule has none.
	 */
	RetentionPeriod retentionOf(String documentType) {
		String period = this.retention.get(documentType);
		return (period != null) ? RetentionPeriod.of(period) : RetentionPeriod.PERMANENT;
	}

}
