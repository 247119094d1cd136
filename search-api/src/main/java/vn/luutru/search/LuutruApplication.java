package vn.luutru.search;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import vn.luutru.search.cli.Launcher;

/**
 * The web application: search, documents, IIIF, dossiers, users and audit, the
 * ingestion-job API (it records requests; worker processes run them, see
 * {@code luutru-worker.jar}), and the officers' web pages from {@code ui-static}. The
 * archive core comes in through its auto-configuration.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LuutruApplication {

	/**
	 * Runs a command: {@code serve} (the default), {@code demo}, {@code import-dossiers},
	 * {@code add-user}, {@code reset-password} or {@code stop}.
	 */
	public static void main(String[] args) {
		Integer status = new Launcher(LuutruApplication.class).run(args);
		if (status != null) {
			System.exit(status);
		}
	}

}
