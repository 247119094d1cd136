package vn.luutru.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import vn.luutru.samples.SampleSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./luutru fixity} as a process beside a running web server: an archive just
 * ingested is intact, and a changed byte in a stored original is reported by the command,
 * the API and the audit log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FixityProcessesIntegrationTests {

	private static final Pattern FILES_READ = Pattern.compile("đã đọc (\\d+) tệp");

	@TempDir(factory = ReadableTempDirs.class)
	static Path scans;

	private Installation installation;

	private Api api;

	private Path changed;

	@BeforeAll
	void aServerAnAdministratorAndTwoDocuments() throws IOException {
		this.installation = Installation.create("fixity");
		this.api = this.installation.serveWithAdministrator();
		Path twoScans = Samples.copied(scans, "hai-tep", SampleSet.BORN_DIGITAL_DECISION, SampleSet.LETTER_PNG);
		Ran ingest = this.installation.luutru("ingest", twoScans.toString());
		assertThat(ingest.exitCode()).as(ingest::toString).isZero();
	}

	@AfterAll
	void stopEverything() {
		if (this.installation != null) {
			this.installation.close();
		}
	}

	@Test
	@Order(1)
	void anArchiveJustIngestedIsIntactOriginalsAndDerivativesAlike() throws IOException {
		assertThat(this.api.get("/api/fixity").statusCode()).isEqualTo(404);

		Ran fixity = this.installation.luutru("fixity");

		assertThat(fixity.exitCode()).as(fixity::toString).isZero();
		assertThat(fixity.out()).contains("Không có vấn đề");
		Matcher read = FILES_READ.matcher(fixity.out());
		assertThat(read.find()).as(fixity::toString).isTrue();
		// Two originals, and the scanned letter's hOCR and searchable PDF.
		assertThat(Integer.parseInt(read.group(1))).as(fixity::toString).isGreaterThan(2);
	}

	@Test
	@Order(2)
	void aChangedByteInAStoredOriginalIsReportedByTheCommandTheApiAndTheAuditLog() throws IOException {
		this.changed = storedOriginal(".pdf");
		byte[] bytes = Files.readAllBytes(this.changed);
		bytes[bytes.length / 2] ^= 1;
		Files.write(this.changed, bytes);

		Ran fixity = this.installation.luutru("fixity");

		assertThat(fixity.exitCode()).as(fixity::toString).isEqualTo(1);
		assertThat(fixity.out()).as(fixity::toString)
			.contains(this.changed + " (tài liệu ")
			.contains("nội dung tệp đã bị thay đổi")
			.contains("1 tệp có vấn đề");
		var latest = this.api.get("/api/fixity");
		assertThat(latest.statusCode()).as(latest::body).isEqualTo(200);
		assertThat(JsonPath.<Boolean>read(latest.body(), "$.intact")).isFalse();
		assertThat(JsonPath.<List<String>>read(latest.body(), "$.problems[*].path"))
			.containsExactly(this.changed.toString());
		assertThat(JsonPath.<List<String>>read(latest.body(), "$.problems[*].problem")).containsExactly("changed");
		var audit = this.api.get("/api/audit?action=fixity.problem");
		assertThat(audit.statusCode()).as(audit::body).isEqualTo(200);
		assertThat(audit.body()).contains(this.changed.getFileName().toString());
	}

	private Path storedOriginal(String extension) throws IOException {
		try (Stream<Path> files = Files.walk(this.installation.dataDir().resolve("originals"))) {
			return files.filter((file) -> file.toString().endsWith(extension)).findFirst().orElseThrow();
		}
	}

}
