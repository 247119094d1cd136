package vn.luutru.ingest.worker;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.luutru.archive.ServicesProperties;
import vn.luutru.archive.jobs.IngestRequests;
import vn.luutru.archive.support.TestStores;
import vn.luutru.ingest.jobs.IngestJobs;

/**
 * The start-up of the tests that run a {@link Worker} in the test's own process against
 * the real stores: the ingest application's beans ({@link Work}, named by each test
 * class's {@code @SpringBootTest} with its own properties), a worker that polls often,
 * and letters quick to read.
 */
abstract class WorkerAgainstStores {

	private static final WorkerProperties QUICK = new WorkerProperties(Duration.ofMillis(200), Duration.ofMillis(500),
			1, Duration.ofSeconds(30), Duration.ofSeconds(2));

	@TempDir
	static Path work;

	@Autowired
	IngestJobs jobs;

	@Autowired
	IngestRequests requests;

	@Autowired
	ServicesProperties services;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void stores(DynamicPropertyRegistry registry) {
		TestStores.register(registry, "ingest");
	}

	/** A worker that looks for requests every 200 ms and runs one job at a time. */
	Worker worker() {
		return new Worker(this.jobs, this.requests, QUICK, this.services.dataDir());
	}

	/** A one-page A4 PDF with a text layer of one line: read without OCR, in a moment. */
	static Path letter(Path file, String line) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 720);
				content.showText(line);
				content.endText();
			}
			document.save(file.toFile());
		}
		return file;
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@ComponentScan("vn.luutru.ingest")
	static class Work {

	}

}
