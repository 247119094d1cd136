package vn.luutru.ingest.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import vn.luutru.ingest.intake.FingerprintedFile;
import vn.luutru.ingest.intake.ScannedFile;
import vn.luutru.ingest.limits.InputLimits;
import vn.luutru.ingest.metadata.FileMetadata;
import vn.luutru.ingest.metadata.MetadataReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors a file causes while it is read are contained to that file: it is set aside with
 * a reason, never a stack trace, and the processor goes on to the next.
 */
class ContainedErrorsTests {

	@TempDir
	Path folder;

	private final PageRecognition recognition = new PageRecognition(() -> {
		throw new IllegalStateException("no OCR in this test");
	}, 300, 1);

	@AfterEach
	void close() {
		this.recognition.close();
	}

	@Test
	void anOutOfMemoryErrorSetsTheFileAside() throws IOException {
		MetadataReader exhausting = new MetadataReader() {
			@Override
			public FileMetadata read(Path file) {
				throw new OutOfMemoryError("Java heap space");
			}
		};

		Extraction extraction = processor(exhausting, InputLimits.defaults()).process(file("a.pdf", "%PDF-1.7"));

		assertThat(extraction).isInstanceOfSatisfying(Extraction.Failed.class,
				(failed) -> assertThat(failed.reason()).isEqualTo(ContainedErrors.OUT_OF_MEMORY));
	}

	@Test
	void aStackOverflowSetsTheFileAside() throws IOException {
		MetadataReader recursing = new MetadataReader() {
			@Override
			public FileMetadata read(Path file) {
				return deeper(0);
			}

			private FileMetadata deeper(int depth) {
				FileMetadata metadata = deeper(depth + 1);
				return metadata;
			}
		};

		Extraction extraction = processor(recursing, InputLimits.defaults()).process(file("a.pdf", "%PDF-1.7"));

		assertThat(extraction).isInstanceOfSatisfying(Extraction.Failed.class,
				(failed) -> assertThat(failed.reason()).isEqualTo(ContainedErrors.STACK_OVERFLOW));
	}

	@Test
	void aStructureNestedPastTheCheckIsStillSetAsideWithoutAStackTrace() throws IOException {
		// The nesting check turned off: PDFBox's parser meets 200,000 levels (it stops at
		// 500 itself since 3.0; the check makes the reason clear and costs no parsing).
		InputLimits unchecked = new InputLimits(10_000, 300_000_000L, 60_000_000L, DataSize.ofGigabytes(2),
				Integer.MAX_VALUE, Duration.ofMinutes(5), Duration.ofHours(1));
		String deep = "[".repeat(200_000) + "]".repeat(200_000);
		String pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
				+ "2 0 obj\n<< /Type /Pages /Count 1 /Kids [3 0 R] >>\nendobj\n"
				+ "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Deep " + deep + " >>\nendobj\n"
				+ "trailer\n<< /Root 1 0 R >>\n%%EOF\n";

		Extraction extraction = processor(new MetadataReader(), unchecked).process(file("deep.pdf", pdf));

		assertThat(extraction).isInstanceOfSatisfying(Extraction.Failed.class,
				(failed) -> assertThat(failed.reason()).doesNotContain("Exception", "Error", "\tat "));
	}

	private ExtractionProcessor processor(MetadataReader metadata, InputLimits limits) {
		return new ExtractionProcessor(metadata, this.recognition,
				new ExtractionProperties(20, 60_000_000L, 2_000_000_000L), limits, LargeFrames.NONE,
				new PagesInProgress(), null);
	}

	private FingerprintedFile file(String name, String content) throws IOException {
		Path file = Files.writeString(this.folder.resolve(name), content, java.nio.charset.StandardCharsets.ISO_8859_1);
		return new FingerprintedFile(new ScannedFile(file, Files.size(file)), "0".repeat(64));
	}

}
