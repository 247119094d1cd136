package vn.luutru.archive.identifiers;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How identifiers are read out of page text.
 *
 * @param dossierCode the one-stop system's dossier code format as a regular expression
 * (default: receiving agency code, received date as yymmdd, sequence, e.g.
 * {@code 000.00.12.H13-191002-0015}); formats differ between systems
 * @param gazetteer a JSON list of administrative units with their former names (null: the
 * bundled sample for the demo province)
 */
@ConfigurationProperties("luutru.identifiers")
public record IdentifiersProperties(
		@DefaultValue("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}-\\d{6}-\\d{4}") String dossierCode,
		@Nullable Path gazetteer) {

	/** The defaults, for code and tests that run without Spring. */
	public static IdentifiersProperties defaults() {
		return new IdentifiersProperties("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}-\\d{6}-\\d{4}", null);
	}

}
