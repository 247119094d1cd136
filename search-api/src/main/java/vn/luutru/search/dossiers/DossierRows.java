package vn.luutru.search.dossiers;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import vn.luutru.archive.identifiers.DocumentNumber;

/**
 * Turns one exported row (column name → text) into a dossier, or says precisely what is
 * wrong with it.
 */
final class DossierRows {

	// Strict: "31/02/2019" is a typing error to report, not the 28th of February.
	private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Pattern PARCEL = Pattern.compile("\\s*(\\d{1,4})\\s*/\\s*(\\d{1,5})\\s*");

	private final DossierImportProperties properties;

	DossierRows(DossierImportProperties properties) {
		this.properties = properties;
	}

	/**
	 * The dossier of a row.
	 * @throws IllegalArgumentException saying which column is wrong and why
	 */
	Dossier dossier(Map<String, String> row) {
		DossierImportProperties.Columns c = this.properties.columns();
		String code = required(row, c.code());
		Dossier.Status status;
		try {
			status = Dossier.Status.of(required(row, c.status()));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("column '" + c.status() + "': " + ex.getMessage()
					+ " (expected Đã tiếp nhận, Đang giải quyết, Đã trả kết quả, Trả lại or Rút hồ sơ)");
		}
		String channelText = optional(row, c.returnChannel());
		Dossier.ReturnChannel channel;
		try {
			channel = (channelText != null) ? Dossier.ReturnChannel.of(channelText) : null;
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("column '" + c.returnChannel() + "': " + ex.getMessage()
					+ " (expected Trực tiếp, Bưu điện or Trực tuyến)");
		}
		LocalDate received = date(row, c.receivedOn());
		LocalDate due = date(row, c.dueOn());
		if (received != null && due != null && due.isBefore(received)) {
			throw new IllegalArgumentException(
					"column '" + c.dueOn() + "': due " + due + " before received " + received);
		}
		return new Dossier(code, optional(row, c.procedureCode()), optional(row, c.procedureName()),
				optional(row, c.field()),
				new Dossier.Applicant(optional(row, c.applicantName()), optional(row, c.applicantIdNumber()),
						optional(row, c.applicantAddress()), optional(row, c.applicantPhone())),
				received, due, date(row, c.returnedOn()), status, channel, optional(row, c.ward()),
				optional(row, c.district()), optional(row, c.province()), parcels(row, c.parcels()),
				numbers(row, c.documentNumbers()), optional(row, c.notes()));
	}

	private static String required(Map<String, String> row, String column) {
		String value = optional(row, column);
		if (value == null) {
			throw new IllegalArgumentException("column '" + column + "' is empty or missing");
		}
		return value;
	}

	private static @Nullable String optional(Map<String, String> row, String column) {
		String value = row.get(column);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static @Nullable LocalDate date(Map<String, String> row, String column) {
		String value = optional(row, column);
		if (value == null) {
			return null;
		}
		try {
			return value.contains("/") ? LocalDate.parse(value, VIETNAMESE_DATE) : LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(
					"column '" + column + "': '" + value + "' is not a date (dd/mm/yyyy or yyyy-mm-dd)");
		}
	}

	private List<Dossier.Parcel> parcels(Map<String, String> row, String column) {
		List<Dossier.Parcel> parcels = new ArrayList<>();
		for (String item : items(row, column)) {
			Matcher matcher = PARCEL.matcher(item);
			if (!matcher.matches()) {
				throw new IllegalArgumentException(
						"column '" + column + "': '" + item + "' is not sheet/parcel (e.g. 12/125)");
			}
			parcels.add(new Dossier.Parcel(Integer.toString(Integer.parseInt(matcher.group(1))),
					Integer.toString(Integer.parseInt(matcher.group(2)))));
		}
		return parcels;
	}

	private List<String> numbers(Map<String, String> row, String column) {
		List<String> numbers = new ArrayList<>();
		for (String item : items(row, column)) {
			try {
				numbers.add(DocumentNumber.of(item).value());
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("column '" + column + "': " + ex.getMessage());
			}
		}
		return numbers;
	}

	private List<String> items(Map<String, String> row, String column) {
		String value = optional(row, column);
		if (value == null) {
			return List.of();
		}
		return Arrays.stream(value.split(Pattern.quote(this.properties.listSeparator())))
			.map(String::strip)
			.filter((item) -> !item.isEmpty())
			.toList();
	}

}
