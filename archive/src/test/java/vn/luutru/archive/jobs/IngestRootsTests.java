package vn.luutru.archive.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IngestRootsTests {

	@TempDir
	Path base;

	@Test
	void aFolderInsideARootIsIngestedByItsRealPath() throws IOException {
		Path root = Files.createDirectories(this.base.resolve("scans"));
		Path batch = Files.createDirectories(root.resolve("2025-06"));
		IngestRoots roots = roots(root);

		IngestFolder folder = roots.check(batch.resolve("../2025-06").toString());

		assertThat(folder.path()).isEqualTo(batch.toRealPath());
		assertThat(folder.root()).isEqualTo(root.toRealPath());
	}

	@Test
	void aFileIsShownRelativeToItsRootElseToItsFolderElseByItsName() throws IOException {
		Path root = Files.createDirectories(this.base.resolve("scans")).toRealPath();
		IngestRoots roots = roots(root);
		Path outside = this.base.resolve("old-root/2019/to-12.tif");

		assertThat(roots.shown(root.resolve("2025-06/a/to-12.tif"), root.resolve("2025-06")))
			.isEqualTo(Path.of("2025-06/a/to-12.tif"));
		// The roots changed since the job ran: relative to the job's folder, as retries
		// name it too.
		assertThat(roots.shown(outside, this.base.resolve("old-root"))).isEqualTo(Path.of("2019/to-12.tif"));
		assertThat(roots.shown(outside, this.base.resolve("elsewhere"))).isEqualTo(Path.of("to-12.tif"));
	}

	@Test
	void aFolderOutsideEveryRootIsRefusedWithoutSayingWhetherItExists() throws IOException {
		IngestRoots roots = roots(Files.createDirectories(this.base.resolve("scans")));

		assertThatExceptionOfType(FolderRefused.class).isThrownBy(() -> roots.check("/etc"))
			.withMessageStartingWith("Thư mục /etc nằm ngoài các thư mục được phép nhập");
		assertThatExceptionOfType(FolderRefused.class).isThrownBy(() -> roots.check("/khong-co"))
			.withMessageStartingWith("Thư mục /khong-co nằm ngoài các thư mục được phép nhập");
	}

	@Test
	void aSymbolicLinkInsideARootThatLeadsOutIsRefused() throws IOException {
		Path root = Files.createDirectories(this.base.resolve("scans"));
		Path link = Files.createSymbolicLink(root.resolve("he-thong"), Path.of("/etc"));

		assertThatExceptionOfType(FolderRefused.class).isThrownBy(() -> roots(root).check(link.toString()))
			.withMessageContaining("liên kết tượng trưng");
	}

	@Test
	void theDataDirectoryAndWhatItHoldsAreRefusedButItsScansRootIsNot() throws IOException {
		Path data = Files.createDirectories(this.base.resolve("data"));
		Path originals = Files.createDirectories(data.resolve("originals"));
		Path scans = Files.createDirectories(data.resolve("scans/2025-06"));
		// A root above the data directory: the data directory is still off limits.
		IngestRoots roots = new IngestRoots(List.of(this.base, data.resolve("scans")), data);

		assertThatExceptionOfType(FolderRefused.class).isThrownBy(() -> roots.check(data.toString()))
			.withMessageContaining("thư mục dữ liệu của kho");
		assertThatExceptionOfType(FolderRefused.class).isThrownBy(() -> roots.check(originals.toString()))
			.withMessageContaining("thư mục dữ liệu của kho");
		assertThatExceptionOfType(FolderRefused.class).isThrownBy(() -> roots.check(this.base.toString()))
			.withMessageContaining("chứa thư mục dữ liệu của kho");
		assertThat(roots.check(scans.toString()).path()).isEqualTo(scans.toRealPath());
	}

	@Test
	void relativeMissingAndFileFoldersAreRefused() throws IOException {
		Path root = Files.createDirectories(this.base.resolve("scans"));
		Path file = Files.writeString(root.resolve("scan.pdf"), "%PDF-");
		IngestRoots roots = roots(root);

		assertThatExceptionOfType(FolderRefused.class).isThrownBy(() -> roots.check("scans/2025"))
			.withMessage("Thư mục phải là đường dẫn tuyệt đối trên máy chủ, không phải 'scans/2025'.");
		assertThatExceptionOfType(FolderRefused.class)
			.isThrownBy(() -> roots.check(root.resolve("khong-co").toString()))
			.withMessage("Không có thư mục " + root.resolve("khong-co") + " trên máy chủ.");
		assertThatExceptionOfType(FolderRefused.class).isThrownBy(() -> roots.check(file.toString()))
			.withMessage("Không có thư mục " + file + " trên máy chủ.");
	}

	@Test
	void setAsideFilesAreShownRelativeToTheirRoot() throws IOException {
		Path root = Files.createDirectories(this.base.resolve("scans"));
		IngestRoots roots = roots(root);

		assertThat(roots.relative(root.toRealPath().resolve("2025-06/hong.pdf"))).contains(Path.of("2025-06/hong.pdf"));
		assertThat(roots.relative(Path.of("/srv/elsewhere/hong.pdf"))).isEmpty();
	}

	@Test
	void rootsMustBeAbsoluteAndNeverTheArchivesOwnStores() {
		Path data = this.base.resolve("data");

		assertThatIllegalArgumentException().isThrownBy(() -> new IngestRoots(List.of(Path.of("scans")), data));
		assertThatIllegalArgumentException().isThrownBy(() -> new IngestRoots(List.of(data), data));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new IngestRoots(List.of(data.resolve("originals/x")), data));
	}

	@Test
	void theDefaultRootIsTheDataDirectorysScansFolder() {
		IngestRoots roots = IngestRoots.of(new IngestRootsProperties(List.of()), Path.of("data"));

		assertThat(roots.roots()).containsExactly(Path.of("data/scans").toAbsolutePath());
	}

	private IngestRoots roots(Path root) {
		return new IngestRoots(List.of(root), this.base.resolve("data"));
	}

}
