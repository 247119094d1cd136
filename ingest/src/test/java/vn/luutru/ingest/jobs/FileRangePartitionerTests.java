package vn.luutru.ingest.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import vn.luutru.ingest.intake.ScanFolder;

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

	private static List<Integer> range(ExecutionContext context) {
		return List.of(context.getInt(FileRangePartitioner.FROM), context.getInt(FileRangePartitioner.TO));
	}

}
