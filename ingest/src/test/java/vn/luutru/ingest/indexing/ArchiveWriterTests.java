package vn.luutru.ingest.indexing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

import vn.luutru.archive.catalog.CatalogedDocument;
import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.catalog.IngestFailure;
import vn.luutru.archive.catalog.IngestFailures;
import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.index.DocumentEntry;
import vn.luutru.archive.index.ArchiveEntry.Identifiers;
import vn.luutru.archive.storage.Originals;
import vn.luutru.ingest.extraction.Extraction;
import vn.luutru.ingest.extraction.PageFailure;
import vn.luutru.ingest.extraction.PageText;
import vn.luutru.ingest.extraction.TextSource;
import vn.luutru.ingest.intake.FingerprintedFile;
import vn.luutru.ingest.intake.ScannedFile;
import vn.luutru.ingest.metadata.FileMetadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The writer only writes: the original, the catalogue row, the failure rows and the index
 * entries of what the processors made.
 */
class ArchiveWriterTests {

	static final String SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

	static final long JOB = 42;

	@TempDir
	Path work;

	final Documents documents = mock(Documents.class);

	final IngestFailures failures = mock(IngestFailures.class);

	final EntryIngester entries = mock(EntryIngester.class);

	ArchiveWriter writer;

	Path source;

	@BeforeEach
	void writer() throws IOException {
		this.source = Files.writeString(this.work.resolve("thong-bao.pdf"), "%PDF-1.7");
		this.writer = new ArchiveWriter(new Originals(this.work.resolve("originals")), this.documents, this.failures,
				this.entries);
		this.writer.beforeStep(new StepExecution("ingestFiles",
				new JobExecution(JOB, new JobInstance(1, "ingestScans"), new JobParameters())));
	}

	@Test
	void aFileSetAsideIsRecordedWithItsReasonAndNothingElse() throws IOException {
		this.writer.write(new Chunk<>(new Extraction.Failed(file(), "tệp PDF được mã hóa")));

		ArgumentCaptor<IngestFailure> failure = ArgumentCaptor.forClass(IngestFailure.class);
		verify(this.failures).add(failure.capture());
		assertThat(failure.getValue()).satisfies((row) -> {
			assertThat(row.jobExecutionId()).isEqualTo(JOB);
			assertThat(row.sha256()).isEqualTo(SHA256);
			assertThat(row.wholeFile()).isTrue();
			assertThat(row.reason()).isEqualTo("tệp PDF được mã hóa");
		});
		verify(this.documents, never()).add(any());
		verify(this.entries, never()).add(anyList(), any());
	}

	@Test
	void aDocumentIsKeptCataloguedIndexedAndEveryPageFailureRecorded() throws IOException {
		when(this.documents.add(any())).thenReturn(true);
		Identifiers numbers = new Identifiers("thong-bao", 2019, List.of("977/TB-STNMT"), List.of(), List.of(),
				List.of(), List.of(), List.of());
		Extraction.Extracted extracted = new Extraction.Extracted(file(),
				new FileMetadata("application/pdf", null, Map.of("producer", "máy quét")),
				List.of(new PageText(1, "THÔNG BÁO\nSố: 977/TB-STNMT", TextSource.OCR, 91f, null, null, null, null,
						numbers), PageText.failed(2, "không dựng được hình trang").withIdentifiers(Identifiers.none())),
				null)
			.withFailures(List.of(new PageFailure(1, "Không tạo được ảnh phóng to: tệp hỏng")));

		this.writer.write(new Chunk<>(extracted));

		ArgumentCaptor<CatalogedDocument> document = ArgumentCaptor.forClass(CatalogedDocument.class);
		verify(this.documents).add(document.capture());
		assertThat(document.getValue()).satisfies((row) -> {
			assertThat(row.id()).isEqualTo(DocumentId.fromSha256(SHA256));
			assertThat(row.storedPath()).isRegularFile().hasContent("%PDF-1.7");
			assertThat(row.pageCount()).isEqualTo(2);
			assertThat(row.title()).isEqualTo("THÔNG BÁO 977/TB-STNMT");
			assertThat(row.textSource()).isEqualTo("ocr");
			assertThat(row.jobExecutionId()).isEqualTo(JOB);
		});
		ArgumentCaptor<IngestFailure> failure = ArgumentCaptor.forClass(IngestFailure.class);
		verify(this.failures, org.mockito.Mockito.times(2)).add(failure.capture());
		assertThat(failure.getAllValues()).extracting(IngestFailure::page, IngestFailure::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "không dựng được hình trang"),
					org.assertj.core.groups.Tuple.tuple(1, "Không tạo được ảnh phóng to: tệp hỏng"));
		@SuppressWarnings("unchecked")
		ArgumentCaptor<List<ArchiveEntry>> written = ArgumentCaptor.forClass(List.class);
		verify(this.entries).add(written.capture(), any());
		List<ArchiveEntry> indexed = written.getValue();
		assertThat(indexed).extracting(ArchiveEntry::id)
			.containsExactly("ba7816bf8f01cfea414140de", "ba7816bf8f01cfea414140de/1", "ba7816bf8f01cfea414140de/2");
		DocumentEntry documentEntry = (DocumentEntry) indexed.getFirst();
		assertThat(documentEntry.content()).containsExactly("THÔNG BÁO\nSố: 977/TB-STNMT", "");
		assertThat(documentEntry.identifiers().documentNumbers()).containsExactly("977/TB-STNMT");
		assertThat(documentEntry.metadata()).containsEntry("producer", "máy quét");
		assertThat(indexed.get(1).identifiers()).isEqualTo(numbers);
		assertThat(indexed.get(1).ocrConfidence()).isEqualTo(91f);
	}

	@Test
	void aDocumentIngestedMeanwhileIsNeitherIndexedNorReportedTwice() throws IOException {
		when(this.documents.add(any())).thenReturn(false);
		Extraction.Extracted extracted = new Extraction.Extracted(file(),
				new FileMetadata("application/pdf", null, Map.of()),
				List.of(PageText.failed(1, "không dựng được hình trang")), null);

		this.writer.write(new Chunk<>(extracted));

		verify(this.failures, never()).add(any());
		verify(this.entries, never()).add(anyList(), any());
	}

	private FingerprintedFile file() {
		return new FingerprintedFile(new ScannedFile(this.source, 8), SHA256);
	}

}
