package vn.luutru.search.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.luutru.ingest.jobs.IngestCommand;
import vn.luutru.ingest.jobs.IngestJobs;
import vn.luutru.ingest.samples.SampleSet;
import vn.luutru.stores.ServicesProperties;

/**
 * {@code luutru demo}: once the server is up, generates the sample scans, ingests them
 * with visible progress, and tells the user where to look and what to search for.
 */
@Component
@ConditionalOnProperty("luutru.demo.enabled")
class DemoRunner implements ApplicationRunner {

	static final List<String> SEARCHES = List.of("tai nguyen moi truong", "Đà Nẵng", "977/TB-STNMT", "thửa đất số 125",
			"giay phep moi truong", "bản đồ địa chính");

	private final IngestJobs jobs;

	private final ServicesProperties services;

	private final Environment environment;

	DemoRunner(IngestJobs jobs, ServicesProperties services, Environment environment) {
		this.jobs = jobs;
		this.services = services;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		PrintStream out = System.out;
		Path samples = this.services.dataDir().resolve("samples").toAbsolutePath();
		SampleSet.generate(samples);
		out.println();
		out.println("Lưu trữ demo: ingesting the generated sample scans in " + samples);
		new IngestCommand(this.jobs, out).run(samples);
		String url = "http://localhost:" + this.environment.getProperty("local.server.port", "8080");
		out.println();
		out.println("Lưu trữ is running at " + url + "  (API: " + url + "/v3/api-docs, Ctrl-C to stop)");
		out.println("Searches to try, with or without diacritics:");
		for (String query : SEARCHES) {
			out.println("  " + query + "    " + url + "/?q="
					+ java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
		}
		out.println();
	}

}
