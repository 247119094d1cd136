package vn.luutru.search.dossiers;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.luutru.search.audit.AuditedAction;

/**
 * Imports the one-stop system's exports (CSV or JSON) into the dossiers, upserting by
 * code. Each row is written in its own transaction: a bad row is reported and skipped,
 * the good rows of the same file are kept.
 */
@Service
class DossierImport {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Dossiers dossiers;

	private final DossierRows rows;

	private final DossierImportProperties properties;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final IndexedLinks indexedLinks;

	DossierImport(Dossiers dossiers, DossierImportProperties properties, TransactionTemplate transactions,
			ApplicationEventPublisher events, IndexedLinks indexedLinks) {
		this.dossiers = dossiers;
		this.indexedLinks = indexedLinks;
		this.rows = new DossierRows(properties);
		this.properties = properties;
		this.transactions = transactions;
		this.events = events;
	}

	/**
	 * Imports a CSV export.
	 * @throws InvalidImport when the file as a whole cannot be read (no header, an
	 * unclosed quote, no code column)
	 */
	ImportReport csv(String text) {
		List<CsvRecords.Row> records;
		try {
			records = CsvRecords.parse(text, this.properties.separator());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidImport("The CSV file cannot be read: " + ex.getMessage());
		}
		if (records.isEmpty()) {
			throw new InvalidImport("The CSV file is empty: it needs a header row and one row per dossier.");
		}
		List<String> header = records.getFirst().fields().stream().map(String::strip).toList();
		if (!header.contains(this.properties.columns().code())) {
			throw new InvalidImport("The header row has no column '" + this.properties.columns().code()
					+ "' (the dossier code); its columns are " + header
					+ ". Set luutru.dossiers.import.columns.* to match the export.");
		}
		List<Numbered> numbered = new ArrayList<>();
		for (CsvRecords.Row record : records.subList(1, records.size())) {
			Map<String, String> row = new HashMap<>();
			for (int i = 0; i < header.size() && i < record.fields().size(); i++) {
				row.put(header.get(i), record.fields().get(i));
			}
			numbered.add(new Numbered(record.line(), row));
		}
		return run(numbered);
	}

	/**
	 * Imports a JSON export: a list of objects keyed by the same column names.
	 * @throws InvalidImport when it is not such a list
	 */
	ImportReport json(byte[] body) {
		JsonNode list;
		try {
			list = JSON.readTree(body);
		}
		catch (IOException ex) {
			throw new InvalidImport("The JSON file cannot be read: " + ex.getMessage());
		}
		if (list == null || !list.isArray()) {
			throw new InvalidImport("The JSON file must be a list of dossiers: [{\"" + this.properties.columns().code()
					+ "\": \"…\", …}, …]");
		}
		List<Numbered> numbered = new ArrayList<>();
		int position = 0;
		for (JsonNode item : list) {
			position++;
			Map<String, String> row = new LinkedHashMap<>();
			item.properties().forEach((entry) -> row.put(entry.getKey(), text(entry.getValue())));
			numbered.add(new Numbered(position, row));
		}
		return run(numbered);
	}

	private static String text(JsonNode value) {
		if (value.isArray()) {
			List<String> items = new ArrayList<>();
			value.forEach((item) -> items.add(item.asText()));
			return String.join(";", items);
		}
		return value.isNull() ? "" : value.asText();
	}

	private record Numbered(int line, Map<String, String> row) {
	}

	private ImportReport run(List<Numbered> numbered) {
		int inserted = 0;
		int updated = 0;
		int unchanged = 0;
		List<ImportReport.RowError> errors = new ArrayList<>();
		for (Numbered item : numbered) {
			String code = item.row().getOrDefault(this.properties.columns().code(), "").strip();
			try {
				Dossier dossier = this.rows.dossier(item.row());
				Dossiers.Upserted outcome = this.transactions.execute((status) -> {
					Dossiers.Upserted upserted = this.dossiers.upsert(dossier);
					if (upserted == Dossiers.Upserted.UPDATED) {
						// The index holds a copy of each linked document's dossier
						// field and procedure: a row that renames them must change the
						// copy too, or the row is refused (LinksNotIndexed rolls it
						// back).
						this.dossiers.documentsOf(dossier.code())
							.forEach((linked) -> this.indexedLinks.refresh(linked.documentId(), false));
					}
					return upserted;
				});
				switch (outcome) {
					case INSERTED -> inserted++;
					case UPDATED -> updated++;
					case UNCHANGED -> unchanged++;
					case null -> throw new IllegalStateException("no outcome");
				}
			}
			catch (RuntimeException ex) {
				errors.add(new ImportReport.RowError(item.line(), code, ex.getMessage()));
			}
		}
		ImportReport report = new ImportReport(numbered.size(), inserted, updated, unchanged, List.copyOf(errors));
		this.events.publishEvent(new AuditedAction("dossier.import", "dossier", "*", null, Map.of("rows", report.rows(),
				"inserted", inserted, "updated", updated, "unchanged", unchanged, "errors", errors.size())));
		return report;
	}

}
