package vn.luutru.search.records;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An archival file's code ("mã hồ sơ"): the fonds code, the catalogue number ("mục lục
 * số") and the file number ("hồ sơ số"), joined by dots, e.g. {@code H12.3.45}; the
 * circular builds the code from the same three parts.
 *
 * @param value the code
 */
record FileCode(String value) {

	/**
	 * A fonds code: letters, digits and hyphens, as the archive's fonds list gives it.
	 */
	static final Pattern FONDS = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,19}");

	private static final Pattern CODE = Pattern.compile(FONDS.pattern() + "\\.[1-9]\\d{0,5}\\.[1-9]\\d{0,5}");

	FileCode {
		if (!CODE.matcher(value).matches()) {
			throw new IllegalArgumentException(
					"Mã hồ sơ '" + value + "' không hợp lệ: dạng <mã phông>.<mục lục số>.<hồ sơ số>, ví dụ H12.3.45.");
		}
	}

	/**
	 * The code of file {@code file} of catalogue {@code catalogue} in fonds
	 * {@code fonds}.
	 */
	static FileCode of(String fonds, int catalogue, int file) {
		return new FileCode(fonds + "." + catalogue + "." + file);
	}

	@JsonValue
	@Override
	public String value() {
		return this.value;
	}

}
