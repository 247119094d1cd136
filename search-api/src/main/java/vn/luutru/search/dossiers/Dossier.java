package vn.luutru.search.dossiers;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * A one-stop dossier as the one-stop system exported it.
 *
 * @param code the dossier code ("000.00.12.H13-191002-0015")
 * @param procedureCode the administrative procedure's code
 * @param procedureName its name
 * @param field land, environment, water, minerals, …
 * @param applicant who filed it (personal data)
 * @param receivedOn when the one-stop desk received it
 * @param dueOn when the result is due
 * @param returnedOn when it was returned, if it was
 * @param status where it stands
 * @param returnChannel how the result goes back, if known
 * @param ward ward or commune, as named at the time
 * @param district district, as named at the time
 * @param province province or city
 * @param parcels land parcels it concerns
 * @param documentNumbers document numbers it cites
 * @param notes free notes
 */
public record Dossier(String code, @Nullable String procedureCode, @Nullable String procedureName,
		@Nullable String field, Applicant applicant, @Nullable LocalDate receivedOn, @Nullable LocalDate dueOn,
		@Nullable LocalDate returnedOn, Status status, @Nullable ReturnChannel returnChannel, @Nullable String ward,
		@Nullable String district, @Nullable String province, List<Parcel> parcels, List<String> documentNumbers,
		@Nullable String notes) {

	/**
	 * The applicant: personal data.
	 *
	 * @param name name of the person or company
	 * @param idNumber CCCD/CMND or business registration number
	 * @param address address
	 * @param phone phone number
	 */
	public record Applicant(@Nullable String name, @Nullable String idNumber, @Nullable String address,
			@Nullable String phone) {

		/**
		 * The applicant as a viewer may see them: the ID number and phone reduced to
		 * their last three characters, enough to tell two applicants apart on the phone
		 * with them.
		 */
		Applicant masked() {
			return new Applicant(this.name, mask(this.idNumber), this.address, mask(this.phone));
		}

		private static @Nullable String mask(@Nullable String value) {
			if (value == null || value.isBlank()) {
				return value;
			}
			String kept = value.strip();
			int shown = Math.min(3, kept.length() / 3);
			return "•".repeat(kept.length() - shown) + kept.substring(kept.length() - shown);
		}

	}

	/** This dossier with the applicant's ID number and phone masked. */
	Dossier masked() {
		return new Dossier(this.code, this.procedureCode, this.procedureName, this.field, this.applicant.masked(),
				this.receivedOn, this.dueOn, this.returnedOn, this.status, this.returnChannel, this.ward, this.district,
				this.province, this.parcels, this.documentNumbers, this.notes);
	}

	/**
	 * A land parcel.
	 *
	 * @param mapSheet map sheet number
	 * @param parcel parcel number on that sheet
	 */
	public record Parcel(String mapSheet, String parcel) {
	}

	/** Where a dossier stands, with the words the one-stop system exports. */
	public enum Status {

		RECEIVED("received", "đã tiếp nhận", "tiếp nhận", "mới tiếp nhận"),

		IN_PROGRESS("in-progress", "đang giải quyết", "đang xử lý"),

		RETURNED_WITH_RESULT("returned-with-result", "đã trả kết quả", "đã giải quyết", "hoàn thành"),

		RETURNED_UNRESOLVED("returned-unresolved", "trả lại", "từ chối", "không giải quyết"),

		WITHDRAWN("withdrawn", "rút hồ sơ", "công dân rút hồ sơ", "đã rút");

		private final String value;

		private final List<String> spoken;

		Status(String value, String... spoken) {
			this.value = value;
			this.spoken = List.of(spoken);
		}

		@JsonValue
		public String value() {
			return this.value;
		}

		/**
		 * The status from its stored value or the Vietnamese words of an export.
		 * @throws IllegalArgumentException for anything else
		 */
		static Status of(String text) {
			String wanted = text.strip().toLowerCase(java.util.Locale.ROOT);
			for (Status status : values()) {
				if (status.value.equals(wanted) || status.spoken.contains(wanted)) {
					return status;
				}
			}
			throw new IllegalArgumentException("unknown status '" + text + "'");
		}

	}

	/** How a result goes back to the applicant. */
	public enum ReturnChannel {

		DESK("desk", "trực tiếp", "tại bộ phận một cửa", "tại quầy"),

		POST("post", "bưu điện", "qua bưu điện", "dịch vụ bưu chính"),

		ONLINE("online", "trực tuyến", "qua mạng", "dịch vụ công trực tuyến");

		private final String value;

		private final List<String> spoken;

		ReturnChannel(String value, String... spoken) {
			this.value = value;
			this.spoken = List.of(spoken);
		}

		@JsonValue
		public String value() {
			return this.value;
		}

		static ReturnChannel of(String text) {
			String wanted = text.strip().toLowerCase(java.util.Locale.ROOT);
			for (ReturnChannel channel : values()) {
				if (channel.value.equals(wanted) || channel.spoken.contains(wanted)) {
					return channel;
				}
			}
			throw new IllegalArgumentException("unknown return channel '" + text + "'");
		}

	}

}
