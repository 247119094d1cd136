package vn.luutru.search.dossiers;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV as the one-stop system and spreadsheet programs export it: quoted fields
 * may hold separators, doubled quotes and line breaks; a UTF-8 byte order mark is
 * skipped; each record knows the line it starts on, for error reports.
 */
final class CsvRecords {

	private CsvRecords() {
	}

	/**
	 * One record.
	 *
	 * @param line the 1-based line it starts on
	 * @param fields its fields
	 */
	record Row(int line, List<String> fields) {
	}

	/**
	 * The records of a CSV text, the header row included.
	 * @throws IllegalArgumentException when a quoted field is never closed
	 */
	static List<Row> parse(String text, char separator) {
		String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
		List<Row> rows = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int rowLine = 1;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
			}
			else if (c == separator) {
				fields.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
					i++;
				}
				fields.add(field.toString());
				field.setLength(0);
				addUnlessBlank(rows, rowLine, fields);
				fields = new ArrayList<>();
				line++;
				rowLine = line;
			}
			else {
				field.append(c);
			}
		}
		if (quoted) {
			throw new IllegalArgumentException("a quoted field opened on line " + rowLine + " is never closed");
		}
		fields.add(field.toString());
		addUnlessBlank(rows, rowLine, fields);
		return rows;
	}

	private static void addUnlessBlank(List<Row> rows, int line, List<String> fields) {
		if (fields.stream().anyMatch((f) -> !f.isBlank())) {
			rows.add(new Row(line, List.copyOf(fields)));
		}
	}

}
