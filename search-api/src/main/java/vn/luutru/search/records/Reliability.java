package vn.luutru.search.records;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How far the electronic copy can be relied on ("mức độ tin cậy"): born digital,
 * digitised from paper, or a mix of both.
 */
enum Reliability {

	BORN_DIGITAL("goc-dien-tu", "Gốc điện tử"), DIGITISED("so-hoa", "Số hóa"), MIXED("hon-hop", "Hỗn hợp");

	private final String value;

	private final String label;

	Reliability(String value, String label) {
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
	 * What the text source of an ingested document says: a text layer means born digital,
	 * OCR means a scan, both mean a mix.
	 */
	static Reliability ofTextSource(String textSource) {
		return switch (textSource) {
			case "text-layer" -> BORN_DIGITAL;
			case "mixed" -> MIXED;
			default -> DIGITISED;
		};
	}

	/**
	 * The value from its stored form or its label.
	 * @throws IllegalArgumentException for anything else
	 */
	@JsonCreator
	static Reliability of(String text) {
		String wanted = text.strip().toLowerCase(Locale.ROOT);
		for (Reliability reliability : values()) {
			if (reliability.value.equals(wanted) || reliability.label.toLowerCase(Locale.ROOT).equals(wanted)) {
				return reliability;
			}
		}
		throw new IllegalArgumentException(
				"Mức độ tin cậy '" + text + "' không hợp lệ: chọn goc-dien-tu, so-hoa hoặc hon-hop.");
	}

}
