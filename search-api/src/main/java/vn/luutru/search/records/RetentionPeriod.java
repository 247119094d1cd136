package vn.luutru.search.records;

import java.time.LocalDate;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * A retention period ("thời hạn bảo quản"): permanent ("Vĩnh viễn") or a number of years
 * counted from the end of the file.
 *
 * @param years the years kept; null when permanent
 */
record RetentionPeriod(@Nullable Integer years) {

	/** The longest period in years any schedule uses (70 for personnel files). */
	static final int MAX_YEARS = 100;

	static final RetentionPeriod PERMANENT = new RetentionPeriod(null);

	RetentionPeriod {
		if (years != null && (years < 1 || years > MAX_YEARS)) {
			throw new IllegalArgumentException("Thời hạn bảo quản phải từ 1 đến " + MAX_YEARS
					+ " năm, hoặc \"Vĩnh viễn\"; nhận được " + years + ".");
		}
	}

	/**
	 * The period from its written form: {@code vinh-vien}, {@code Vĩnh viễn}, {@code 10}
	 * or {@code 10 năm}.
	 * @throws IllegalArgumentException for anything else
	 */
	@JsonCreator
	static RetentionPeriod of(String text) {
		String wanted = text.strip().toLowerCase(Locale.ROOT);
		if (wanted.equals("vinh-vien") || wanted.equals("vĩnh viễn") || wanted.equals("vinh vien")) {
			return PERMANENT;
		}
		String digits = wanted.replaceFirst("\\s*năm$", "");
		if (!digits.matches("\\d{1,3}")) {
			throw new IllegalArgumentException(
					"Thời hạn bảo quản '" + text + "' không hợp lệ: ghi \"Vĩnh viễn\" hoặc số năm, ví dụ \"10\".");
		}
		return new RetentionPeriod(Integer.parseInt(digits));
	}

	static RetentionPeriod years(int years) {
		return new RetentionPeriod(years);
	}

	boolean permanent() {
		return this.years == null;
	}

	/**
	 * The date from which a file ending on this date is due for review; null if never.
	 */
	@Nullable LocalDate reviewFrom(@Nullable LocalDate end) {
		return (this.years == null || end == null) ? null : end.plusYears(this.years);
	}

	/** This period lengthened by some years. */
	RetentionPeriod extendedBy(int more) {
		return (this.years == null) ? this : new RetentionPeriod(this.years + more);
	}

	/** The stored and JSON form: {@code vinh-vien} or the number of years. */
	@JsonValue
	String value() {
		return (this.years == null) ? "vinh-vien" : Integer.toString(this.years);
	}

	/** How people read it: "Vĩnh viễn", "10 năm". */
	String label() {
		return (this.years == null) ? "Vĩnh viễn" : this.years + " năm";
	}

}
