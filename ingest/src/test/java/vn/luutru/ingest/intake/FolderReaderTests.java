package vn.luutru.ingest.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import vn.luutru.ingest.limits.InputLimits;

import static org.assertj.core.api.Assertions.assertThat;

class FolderReaderTests {

	@TempDir
	Path folder;

	@Test
	void recordsTheTotalAndResumesWhereARestartedJobStopped() throws IOException {
		for (String name : new String[] { "1.pdf", "2.pdf", "3.pdf" }) {
			Files.writeString(this.folder.resolve(name), name);
		}
		ExecutionContext context = new ExecutionContext();
		FolderReader first = new FolderReader(ScanFolder.of(this.folder), InputLimits.defaults());
		first.open(context);
		assertThat(first.read().fileName()).isEqualTo("1.pdf");
		first.update(context);
		assertThat(context.getInt(FolderReader.TOTAL)).isEqualTo(3);

		FolderReader restarted = new FolderReader(ScanFolder.of(this.folder), InputLimits.defaults());
		restarted.open(context);
		assertThat(restarted.read().fileName()).isEqualTo("2.pdf");
		assertThat(restarted.read().fileName()).isEqualTo("3.pdf");
		assertThat(restarted.read()).isNull();
	}

}
