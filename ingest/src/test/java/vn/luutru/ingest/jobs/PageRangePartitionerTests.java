package vn.luutru.ingest.jobs;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import vn.luutru.ingest.intake.FolderReader;
import vn.luutru.ingest.intake.ScanFolder;
import vn.luutru.ingest.limits.InputLimits;

import static org.assertj.core.api.Assertions.assertThat;

class PageRangePartitionerTests {

	@TempDir
	Path folder;

	@Test
	void splitsThePagesOfFilesFromTheThresholdIntoRanges() throws IOException {
		pdf("a-nho.pdf", 3);
		pdf("b-lon.pdf", 5);

		Map<String, ExecutionContext> partitions = new PageRangePartitioner(ScanFolder.of(this.folder), List.of(),
				InputLimits.defaults(), 4, 2)
			.partition(2);

		assertThat(partitions.values().stream().map(PageRangePartitionerTests::range).toList())
			.containsExactly(List.of(1, 1, 2), List.of(1, 3, 4), List.of(1, 5, 5));
	}

	@Test
	void splitsTheFramesOfMultiPageTiffsFromTheThresholdIntoRanges() throws IOException {
		tiff("a-ho-so.tif", 5);
		tiff("b-ho-so-nho.tiff", 2);
		pdf("c-lon.pdf", 4);

		Map<String, ExecutionContext> partitions = new PageRangePartitioner(ScanFolder.of(this.folder), List.of(),
				InputLimits.defaults(), 4, 2)
			.partition(2);

		assertThat(partitions.values().stream().map(PageRangePartitionerTests::range).toList())
			.containsExactly(List.of(0, 1, 2), List.of(0, 3, 4), List.of(0, 5, 5), List.of(2, 1, 2), List.of(2, 3, 4));
	}

	@Test
	void noFileFromTheThresholdIsOnePartitionThatReadsNothing() throws IOException {
		pdf("a-nho.pdf", 3);

		Map<String, ExecutionContext> partitions = new PageRangePartitioner(ScanFolder.of(this.folder), List.of(),
				InputLimits.defaults(), 0, 2)
			.partition(2);

		assertThat(partitions.values().stream().map(PageRangePartitionerTests::range).toList())
			.containsExactly(List.of(-1, 1, 0));
	}

	@Test
	void everyRangeCarriesTheWholeFoldersTotals() throws IOException {
		// While the pages are read the files' ranges do not exist yet: the page ranges
		// say how many files and pages the job has, small files and images included.
		pdf("a-nho.pdf", 3);
		pdf("b-lon.pdf", 5);
		tiff("c-ho-so.tif", 2);
		java.nio.file.Files.write(this.folder.resolve("d-anh.png"), new byte[] { 1, 2, 3 });

		Map<String, ExecutionContext> partitions = new PageRangePartitioner(ScanFolder.of(this.folder), List.of(),
				InputLimits.defaults(), 4, 2)
			.partition(2);

		assertThat(partitions).hasSize(3);
		assertThat(partitions.values()).allSatisfy((range) -> {
			assertThat(range.getInt(FolderReader.TOTAL)).isEqualTo(4);
			assertThat(range.getInt(FolderReader.PAGES_TOTAL)).isEqualTo(11);
		});
	}

	private void pdf(String name, int pages) throws IOException {
		try (PDDocument document = new PDDocument()) {
			for (int n = 0; n < pages; n++) {
				document.addPage(new PDPage());
			}
			document.save(this.folder.resolve(name).toFile());
		}
	}

	private void tiff(String name, int pages) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(this.folder.resolve(name).toFile())) {
			writer.setOutput(output);
			writer.prepareWriteSequence(null);
			for (int n = 0; n < pages; n++) {
				writer.writeToSequence(
						new IIOImage(new BufferedImage(40, 20, BufferedImage.TYPE_BYTE_GRAY), null, null), null);
			}
			writer.endWriteSequence();
		}
		finally {
			writer.dispose();
		}
	}

	private static List<Integer> range(ExecutionContext context) {
		return List.of(context.getInt(PageRangePartitioner.FILE), context.getInt(PageRangePartitioner.FIRST),
				context.getInt(PageRangePartitioner.LAST));
	}

}
