package vn.luutru.archive;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the archive keeps its files and how embedded services are run.
 *
 * @param dataDir root of everything the archive writes: originals, derivatives and, in
 * embedded mode, the Elasticsearch and PostgreSQL data (default {@code data}, relative to
 * the working directory)
 * @param serviceUser the unprivileged account that embedded Elasticsearch and PostgreSQL
 * run as when the archive itself runs as root; both refuse root (default {@code luutru})
 * @param startTimeout how long to wait for an embedded service to answer (default 180 s)
 */
@ConfigurationProperties("luutru")
public record ServicesProperties(@DefaultValue("data") Path dataDir, @DefaultValue("luutru") String serviceUser,
		@DefaultValue("180s") Duration startTimeout) {

	/** The folder where the archive keeps its own copy of every ingested original. */
	public Path originalsDir() {
		return this.dataDir.resolve("originals");
	}

	/** The folder for per-document derivatives (OCR output, tiles, searchable PDFs). */
	public Path derivativesDir() {
		return this.dataDir.resolve("derivatives");
	}

}
