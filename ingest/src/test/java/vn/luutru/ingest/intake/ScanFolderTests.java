package vn.luutru.ingest.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import vn.luutru.archive.storage.Fingerprints;

class ScanFolderTests {

	@TempDir
	Path folder;

	@Test
	void listsVisibleRegularFilesInPathOrderIncludingSubfolders() throws IOException {
		Files.writeString(this.folder.resolve("b.pdf"), "b");
		Files.createDirectories(this.folder.resolve("lo-2/sub"));
		Files.writeString(this.folder.resolve("lo-2/sub/a.tif"), "aa");
		Files.writeString(this.folder.resolve("a.png"), "a");
		Files.writeString(this.folder.resolve(".DS_Store"), "x");
		Files.createDirectories(this.folder.resolve(".partial"));
		Files.writeString(this.folder.resolve(".partial/c.pdf"), "x");

		assertThat(ScanFolder.of(this.folder).files()).extracting(ScannedFile::fileName)
			.containsExactly("a.png", "b.pdf", "a.tif");
		assertThat(ScanFolder.of(this.folder).files()).extracting(ScannedFile::sizeBytes).containsExactly(1L, 1L, 2L);
	}

	@Test
	void fifosSymlinksAndEmptyFilesAreListedAsRefusedWithTheirReasonNeverOpened() throws Exception {
		Path scan = Files.writeString(this.folder.resolve("a.pdf"), "%PDF-");
		assertThat(new ProcessBuilder("mkfifo", this.folder.resolve("b-fifo.pdf").toString()).start().waitFor())
			.isZero();
		Files.createSymbolicLink(this.folder.resolve("c-link.pdf"), scan);
		Files.createSymbolicLink(this.folder.resolve("d-etc"), Path.of("/etc"));
		Files.createFile(this.folder.resolve("e-empty.pdf"));

		assertThat(ScanFolder.of(this.folder).files()).satisfiesExactly((file) -> assertThat(file.refusal()).isNull(),
				(file) -> assertThat(file.refusal()).contains("FIFO"),
				(file) -> assertThat(file.refusal()).contains("liên kết tượng trưng"),
				(file) -> assertThat(file.refusal()).contains("liên kết tượng trưng"),
				(file) -> assertThat(file.refusal()).contains("tệp rỗng"));
	}

	@Test
	void anUnreadableSubfolderIsListedAsRefused() throws IOException {
		org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
				"root reads every folder");
		Path locked = Files.createDirectories(this.folder.resolve("khoa"));
		Files.writeString(locked.resolve("x.pdf"), "x");
		locked.toFile().setReadable(false);
		try {
			assertThat(ScanFolder.of(this.folder).files()).singleElement()
				.satisfies((file) -> assertThat(file.refusal()).contains("không có quyền đọc thư mục"));
		}
		finally {
			locked.toFile().setReadable(true);
		}
	}

	@Test
	void aMissingFolderIsAClearError() {
		assertThatIllegalArgumentException().isThrownBy(() -> ScanFolder.of(this.folder.resolve("khong-co")))
			.withMessageContaining("Not a folder");
	}

	@Test
	void aFileIsNotAFolder() throws IOException {
		Path file = Files.writeString(this.folder.resolve("x.pdf"), "x");
		assertThatIllegalArgumentException().isThrownBy(() -> ScanFolder.of(file))
			.withMessageContaining("Not a folder");
	}

	@Test
	void fingerprintIsTheSha256OfTheBytes() throws IOException {
		Path file = Files.writeString(this.folder.resolve("abc.txt"), "abc");
		assertThat(Fingerprints.sha256(file))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

}
