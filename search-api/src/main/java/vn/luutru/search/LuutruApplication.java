package vn.luutru.search;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import vn.luutru.search.cli.Launcher;

/**
 * The archive's one application: the search, documents and ingestion-job API, and the
 * officers' web pages from {@code ui-static}.
 */
// Scans all of vn.luutru so the ingestion job and catalogue beans of the ingest module
// load here too.
@SpringBootApplication(scanBasePackages = "vn.luutru")
@ConfigurationPropertiesScan("vn.luutru")
public class LuutruApplication {

	/**
	 * Runs a command: {@code serve} (the default), {@code demo}, {@code ingest <folder>}
	 * or {@code stop}.
	 */
	public static void main(String[] args) {
		Integer status = new Launcher(LuutruApplication.class).run(args);
		if (status != null) {
			System.exit(status);
		}
	}

}
