package vn.luutru.archive.corrections;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.luutru.archive.ArchiveAutoConfiguration;
import vn.luutru.archive.storage.Derivatives;
import vn.luutru.archive.storage.PageTexts;
import vn.luutru.archive.storage.StoredFiles;

/** The corrections' store, queue and file rewriting, in both applications. */
@AutoConfiguration(after = ArchiveAutoConfiguration.class)
public class CorrectionsAutoConfiguration {

	@Bean
	PageCorrections pageCorrections(JdbcClient jdbc) {
		return new PageCorrections(jdbc);
	}

	@Bean
	TextLayerRequests textLayerRequests(JdbcClient jdbc) {
		return new TextLayerRequests(jdbc);
	}

	@Bean
	CorrectedPages correctedPages(Derivatives derivatives, PageTexts pageTexts, StoredFiles storedFiles) {
		return new CorrectedPages(derivatives, pageTexts, storedFiles);
	}

}
