package vn.luutru.search;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The archive's one application: the search, documents and ingestion-job API, and the
 * officers' web pages from {@code ui-static}.
 */
// Scans all of vn.luutru so the ingestion job and catalogue beans of the ingest module
// load here too.
@SpringBootApplication(scanBasePackages = "vn.luutru")
@ConfigurationPropertiesScan("vn.luutru")
public class LuutruApplication {

	public static void main(String[] args) {
		SpringApplication.run(LuutruApplication.class, args);
	}

}
