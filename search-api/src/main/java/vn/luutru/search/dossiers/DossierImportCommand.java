package vn.luutru.search.dossiers;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * {@code ./luutru import-dossiers <file>}: imports a one-stop export (CSV, or JSON for a
 * {@code .json} file) and prints what it did and every row it could not import.
 */
@Component
public class DossierImportCommand {

	private final DossierImport imports;

	DossierImportCommand(DossierImport imports) {
		this.imports = imports;
	}

	/**
	 * Imports the file.
	 * @return 0 when every row was imported, 1 when some rows were not, 2 when the file
	 * could not be read or imported at all
	 */
	public int run(Path file, PrintStream out) {
		ImportReport report;
		try {
			byte[] body = Files.readAllBytes(file);
			report = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? this.imports.json(body)
					: this.imports.csv(new String(body, java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			out.println("Cannot read " + file + ": " + ex.getMessage());
			return 2;
		}
		catch (InvalidImport ex) {
			out.println(ex.getMessage());
			return 2;
		}
		out.printf("%d rows: %d new, %d updated, %d unchanged, %d not imported.%n", report.rows(), report.inserted(),
				report.updated(), report.unchanged(), report.errors().size());
		report.errors()
			.forEach((error) -> out.printf("  line %d (%s): %s%n", error.line(), error.code(), error.reason()));
		return report.errors().isEmpty() ? 0 : 1;
	}

}
