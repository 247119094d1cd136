package vn.luutru.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * {@code ./luutru backup} and {@code ./luutru restore} as processes: an archive with a
 * born-digital PDF (text layer), a scanned letter (OCR) and a dossier link is backed up,
 * restored into a new, empty data directory, and answers the same searches with the same
 * documents, the link included. Restoring over an installation that holds anything is
 * refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupRestoreIntegrationTests {

	private static final String DOSSIER = "000.00.12.H13-200302-0002";

	private static final String EXPORT = """
			Mã hồ sơ,Tên thủ tục,Lĩnh vực,Người nộp,Số CCCD,Số điện thoại,Ngày nhận,Ngày hẹn trả,Ngày trả,Trạng thái,Hình thức trả,Phường/Xã,Quận/Huyện,Tỉnh/Thành phố,Thửa đất,Văn bản liên quan
			000.00.12.H13-200302-0002,Cấp giấy phép môi trường,Môi trường,Nguyễn Văn Tâm,079185009999,0912000111,02/03/2020,02/04/2020,,Đang giải quyết,Bưu điện,Phường Hòa Xuân,Quận Cẩm Lệ,Thành phố Đà Nẵng,,
			""";

	/** Text-layer words, OCR words, and the dossier link. */
	private static final List<String> SEARCHES = List.of("khu dân cư Hòa Xuân", "van phong dang ky dat dai", "hoso:co",
			"linhvuc:\"Môi trường\"");

	@TempDir(factory = ReadableTempDirs.class)
	static Path scans;

	@TempDir(factory = ReadableTempDirs.class)
	static Path backups;

	private Installation original;

	private Installation restored;

	private Map<String, List<String>> before;

	private Api administrator;

	@BeforeAll
	void anArchiveWithTwoDocumentsOneAttachedToADossier() throws IOException {
		this.original = Installation.create("backup");
		Api api = this.original.serveWithAdministrator();
		this.administrator = api;
		Path twoScans = Samples.copied(scans, "hai-tep", SampleSet.BORN_DIGITAL_DECISION, SampleSet.LETTER_PNG);
		Ran ingest = this.original.luutru("ingest", twoScans.toString());
		assertThat(ingest.exitCode()).as(ingest::toString).isZero();
		Path export = Files.writeString(this.original.dataDir().resolve("mot-cua.csv"), EXPORT, StandardCharsets.UTF_8);
		Ran imported = this.original.luutru("import-dossiers", export.toString());
		assertThat(imported.exitCode()).as(imported::toString).isZero();
		String decision = documentsMatching(api, "khu dân cư Hòa Xuân").getFirst();
		var attached = api.put("/api/dossiers/" + DOSSIER + "/documents/" + decision, "{}");
		assertThat(attached.statusCode()).as(attached::body).isEqualTo(200);
		this.before = searches(api);
		assertThat(this.before.get("khu dân cư Hòa Xuân")).containsExactly(decision);
		assertThat(this.before.get("van phong dang ky dat dai")).hasSize(1);
		assertThat(this.before.get("hoso:co")).containsExactly(decision);
	}

	@AfterAll
	void stopEverything() {
		if (this.original != null) {
			this.original.close();
		}
		if (this.restored != null) {
			this.restored.close();
		}
	}

	@Test
	@Order(1)
	void backupWritesADumpTheFilesAndAManifestItChecked() throws IOException {
		Ran backup = this.original.luutru("backup", backups.resolve("sao-luu").toString());

		assertThat(backup.exitCode()).as(backup::toString).isZero();
		Path bag = backups.resolve("sao-luu");
		assertThat(bag.resolve("bagit.txt")).isRegularFile();
		assertThat(bag.resolve("data/database.dump")).isNotEmptyFile();
		List<String> manifest = Files.readAllLines(bag.resolve("manifest-sha256.txt"));
		assertThat(manifest).anySatisfy((line) -> assertThat(line).contains("  data/originals/"))
			.anySatisfy((line) -> assertThat(line).endsWith(".txt").contains("  data/derivatives/"))
			.anySatisfy((line) -> assertThat(line).endsWith("data/database.dump"));
		assertThat(backup.out()).as(backup::toString).contains("2 tài liệu");
	}

	@Test
	@Order(2)
	void restoreIntoAnEmptyInstallationAnswersTheSameSearchesWithTheSameDocuments() throws IOException {
		this.original.close();
		this.restored = Installation.create("restored");

		Ran restore = this.restored.luutru("restore", backups.resolve("sao-luu").toString());

		assertThat(restore.exitCode()).as(restore::toString).isZero();
		// The users came back with the database: the administrator signs in as before.
		this.restored.awaitHealthy(this.restored.background("server", "serve"), Duration.ofMinutes(5));
		Map<String, List<String>> after = searches(
				new Api(this.restored.webPort()).as(this.administrator.username(), this.administrator.password()));
		assertThat(after).isEqualTo(this.before);
		Ran fixity = this.restored.luutru("fixity");
		assertThat(fixity.exitCode()).as(fixity::toString).isZero();
	}

	@Test
	@Order(3)
	void restoringOverAnInstallationThatHoldsDocumentsIsRefused() {
		Ran again = this.restored.luutru("restore", backups.resolve("sao-luu").toString());

		assertThat(again.exitCode()).as(again::toString).isEqualTo(2);
		assertThat(again.err()).as(again::toString).contains("không trống");
	}

	private static Map<String, List<String>> searches(Api api) throws IOException {
		Map<String, List<String>> results = new LinkedHashMap<>();
		for (String query : SEARCHES) {
			results.put(query, documentsMatching(api, query));
		}
		return results;
	}

	private static List<String> documentsMatching(Api api, String query) throws IOException {
		var response = api.get(Api.search(query));
		assertThat(response.statusCode()).as(response::body).isEqualTo(200);
		return JsonPath.read(response.body(), "$.hits[*].documentId");
	}

}
