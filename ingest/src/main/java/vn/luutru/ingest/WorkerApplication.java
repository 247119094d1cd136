package vn.luutru.ingest;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

import vn.luutru.ingest.worker.WorkerLauncher;
import vn.luutru.ingest.worker.WorkerProperties;

/**
 * The ingestion worker, {@code luutru-worker.jar}: a process apart from the web server
 * that claims ingestion requests and runs their jobs, so that a hostile scan crashing a
 * codec or exhausting the heap takes down a worker, never search.
 */
@SpringBootApplication
@EnableConfigurationProperties(WorkerProperties.class)
public class WorkerApplication {

	/**
	 * Runs a command: {@code worker} (the default), {@code ingest <folder>},
	 * {@code reindex} or {@code fixity}, with {@code --key=value} Spring Boot options.
	 */
	public static void main(String[] args) {
		Integer status = new WorkerLauncher(WorkerApplication.class).run(args);
		if (status != null) {
			System.exit(status);
		}
	}

}
