package vn.luutru.search.dossiers;

import java.util.List;

/**
 * What an import did: every good row is kept (each in its own transaction), every bad row
 * is reported with its line and reason, and nothing is half-written.
 *
 * @param rows data rows read
 * @param inserted new dossiers
 * @param updated dossiers that changed
 * @param unchanged dossiers already as imported
 * @param errors the rows that were not imported
 */
record ImportReport(int rows, int inserted, int updated, int unchanged, List<RowError> errors) {

	/**
	 * A row that was not imported.
	 *
	 * @param line its line in a CSV file, or its 1-based position in a JSON list
	 * @param code its dossier code, when it had one
	 * @param reason what is wrong
	 */
	record RowError(int line, String code, String reason) {
	}

}
