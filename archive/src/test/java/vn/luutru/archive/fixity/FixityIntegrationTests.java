package vn.luutru.archive.fixity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.luutru.archive.catalog.CatalogedDocument;
import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.fixity.FixityReport.Kind;
import vn.luutru.archive.fixity.FixityReport.Problem;
import vn.luutru.archive.storage.Fingerprints;
import vn.luutru.archive.storage.Originals;
import vn.luutru.archive.storage.StoredFiles;
import vn.luutru.archive.support.TestStores;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fixity against the real catalogue: a changed byte, a missing file and a changed
 * derivative are each reported, and nothing else.
 */
@SpringBootTest(classes = FixityIntegrationTests.Stores.class)
class FixityIntegrationTests {

	@DynamicPropertySource
	static void stores(DynamicPropertyRegistry registry) {
		TestStores.register(registry, "stores");
	}

	@Autowired
	Fixity fixity;

	@Autowired
	Documents documents;

	@Autowired
	Originals originals;

	@Autowired
	StoredFiles storedFiles;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path scans;

	@Test
	void aChangedByteInAStoredOriginalIsReported() throws IOException {
		Path kept = keep("quyet-dinh-1.pdf", "%PDF-1.7 quyết định số 1");
		Path other = keep("quyet-dinh-2.pdf", "%PDF-1.7 quyết định số 2");
		assertThat(problemsAt(this.fixity.check("kiemtra"), kept, other)).isEmpty();

		byte[] bytes = Files.readAllBytes(kept);
		bytes[bytes.length - 1] ^= 1;
		Files.write(kept, bytes);
		FixityReport report = this.fixity.check("kiemtra");

		assertThat(problemsAt(report, kept, other)).singleElement().satisfies((problem) -> {
			assertThat(problem.kind()).isEqualTo(Kind.CHANGED);
			assertThat(problem.actualSha256()).isEqualTo(Fingerprints.sha256(kept));
		});
		assertThat(this.fixity.latest()).get().extracting(FixityReport::id).isEqualTo(report.id());
		assertThat(
				this.jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'fixity.problem' AND after->>'path' = ?")
					.param(kept.toString())
					.query(Long.class)
					.single())
			.isEqualTo(1);
	}

	@Test
	void aMissingOriginalIsReported() throws IOException {
		Path kept = keep("thong-bao.pdf", "%PDF-1.7 thông báo");
		Files.delete(kept);

		assertThat(problemsAt(this.fixity.check("kiemtra"), kept)).singleElement()
			.extracting(Problem::kind)
			.isEqualTo(Kind.MISSING);
	}

	@Test
	void aChangedDerivativeIsReported() throws IOException {
		Path kept = keep("bao-cao.pdf", "%PDF-1.7 báo cáo");
		Path hocr = Files.writeString(kept.resolveSibling(kept.getFileName() + ".hocr"), "<html>trang 1</html>",
				StandardCharsets.UTF_8);
		this.storedFiles.record(DocumentId.fromSha256(Fingerprints.sha256(kept)), hocr);
		Files.writeString(hocr, "<html>trang 2</html>", StandardCharsets.UTF_8);

		assertThat(problemsAt(this.fixity.check("kiemtra"), kept, hocr)).singleElement()
			.satisfies((problem) -> assertThat(problem.path()).isEqualTo(hocr.toString()));
	}

	private Path keep(String name, String content) throws IOException {
		Path scan = Files.writeString(this.scans.resolve(name), content, StandardCharsets.UTF_8);
		String sha256 = Fingerprints.sha256(scan);
		Path stored = this.originals.keep(scan, sha256);
		this.documents.add(new CatalogedDocument(DocumentId.fromSha256(sha256), sha256, name, scan, stored,
				"application/pdf", Files.size(scan), 1, name, "none", Instant.now(), 1));
		return stored;
	}

	// Other tests of this run share the catalogue: look only at this test's files.
	private static java.util.List<Problem> problemsAt(FixityReport report, Path... files) {
		java.util.Set<String> paths = java.util.Arrays.stream(files)
			.map(Path::toString)
			.collect(java.util.stream.Collectors.toSet());
		return report.problems().stream().filter((problem) -> paths.contains(problem.path())).toList();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Stores {

	}

}
