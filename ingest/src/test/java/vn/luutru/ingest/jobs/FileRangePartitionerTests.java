package vn.luutru.ingest.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import vn.luutru.ingest.intake.FolderReader;
import vn.luutru.ingest.intake.ScanFolder;
import vn.luutru.ingest.limits.InputLimits;

import static org.assertj.core.api.Assertions.assertThat;

class FileRangePartitionerTests {

	@TempDir
	Path folder;

	@Test
	void splitsTheSortedListingIntoRangesOfTheGivenSize() throws IOException {
		for (int n = 0; n < 25; n++) {
			Files.writeString(this.folder.resolve("tep-%02d.pdf".formatted(n)), "x" + n);
		}

		Map<String, ExecutionContext> partitions = new FileRangePartitioner(ScanFolder.of(this.folder), 10)
			.partition(4);

		assertThat(partitions.values().stream().map(FileRangePartitionerTests::range).toList())
			.containsExactly(List.of(0, 10), List.of(10, 20), List.of(20, 25));
	}

	@Test
	void anEmptyFolderIsOnePartitionThatReadsNothing() {
		Map<String, ExecutionContext> partitions = new FileRangePartitioner(ScanFolder.of(this.folder), 10)
			.partition(4);

		assertThat(partitions.values().stream().map(FileRangePartitionerTests::range).toList())
			.containsExactly(List.of(0, 0));
	}

	@Test
	void everyPartitionKnowsItsFilesAndPagesBeforeItStarts() throws IOException {
		for (int n = 0; n < 3; n++) {
			try (PDDocument document = new PDDocument()) {
				for (int page = 0; page <= n; page++) {
					document.addPage(new PDPage());
				}
				document.save(this.folder.resolve("tep-%02d.pdf".formatted(n)).toFile());
			}
		}

		Map<String, ExecutionContext> partitions = new FileRangePartitioner(ScanFolder.of(this.folder), 2, List.of(),
				InputLimits.defaults())
			.partition(4);

		assertThat(partitions.values()
			.stream()
			.map((context) -> List.of(context.getInt(FolderReader.TOTAL), context.getInt(FolderReader.PAGES_TOTAL)))
			.toList()).containsExactly(List.of(2, 3), List.of(1, 3));
	}

	private static List<Integer> range(ExecutionContext context) {
		return List.of(context.getInt(FileRangePartitioner.FROM), context.getInt(FileRangePartitioner.TO));
	}

}
