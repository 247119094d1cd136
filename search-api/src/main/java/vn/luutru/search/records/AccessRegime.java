package vn.luutru.search.records;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The access regime ("chế độ sử dụng") of a file or document: open to the public, or
 * restricted. Classified papers are not held by this system at all (the Law on Archives
 * keeps them off machines connected to the Internet), so there is no third value.
 */
enum AccessRegime {

	PUBLIC("cong-khai", "Công khai"), RESTRICTED("han-che", "Hạn chế sử dụng");

	private final String value;

	private final String label;

	AccessRegime(String value, String label) {
		this.value = value;
		this.label = label;
	}

	@JsonValue
	String value() {
		return this.value;
	}

	String label() {
		return this.label;
	}

	/**
	 * The regime from its stored form or its label.
	 * @throws IllegalArgumentException for anything else
	 */
	@JsonCreator
	static AccessRegime of(String text) {
		String wanted = text.strip().toLowerCase(Locale.ROOT);
		for (AccessRegime regime : values()) {
			if (regime.value.equals(wanted) || regime.label.toLowerCase(Locale.ROOT).equals(wanted)) {
				return regime;
			}
		}
		throw new IllegalArgumentException("Chế độ sử dụng '" + text + "' không hợp lệ: chọn cong-khai hoặc han-che.");
	}

}
