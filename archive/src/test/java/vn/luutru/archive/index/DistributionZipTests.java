package vn.luutru.archive.index;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.luutru.archive.process.ServiceFailed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DistributionZipTests {

	@TempDir
	Path work;

	@Test
	void theDistributionLandsInItsHomeWithItsScriptsExecutable() throws IOException {
		Path zip = zip("elasticsearch-9.2.0.zip", "elasticsearch-9.2.0/bin/elasticsearch",
				"elasticsearch-9.2.0/config/elasticsearch.yml");

		Path home = DistributionZip.unpack(zip, this.work.resolve("home"));

		assertThat(home).isEqualTo(this.work.resolve("home/elasticsearch-9.2.0"));
		assertThat(home.resolve("bin/elasticsearch")).isExecutable()
			.hasContent("elasticsearch-9.2.0/bin/elasticsearch");
		assertThat(Files.isExecutable(home.resolve("config/elasticsearch.yml"))).isFalse();
	}

	@Test
	void anEntryOutsideTheFolderIsRefusedAndNotWritten() throws IOException {
		Path zip = zip("trap.zip", "../escaped.txt");

		assertThatExceptionOfType(ServiceFailed.class)
			.isThrownBy(() -> DistributionZip.unpack(zip, this.work.resolve("home")))
			.withMessageContaining("../escaped.txt");
		assertThat(this.work.resolve("escaped.txt")).doesNotExist();
	}

	/** A zip of these entries, each holding its own name. */
	private Path zip(String name, String... entries) throws IOException {
		Path zip = this.work.resolve(name);
		try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
			for (String entry : entries) {
				out.putNextEntry(new ZipEntry(entry));
				out.write(entry.getBytes(StandardCharsets.UTF_8));
				out.closeEntry();
			}
		}
		return zip;
	}

}
