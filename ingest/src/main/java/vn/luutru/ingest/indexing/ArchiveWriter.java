package vn.luutru.ingest.indexing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import vn.luutru.archive.catalog.CatalogedDocument;
import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.catalog.IngestFailure;
import vn.luutru.archive.catalog.IngestFailures;
import vn.luutru.archive.storage.Originals;
import vn.luutru.ingest.extraction.Extraction;
import vn.luutru.ingest.extraction.PageFailure;

/**
 * Writes what the processors made of each file: a file set aside to the failures table; a
 * document to the originals store, the catalogue (with a row for every page that could
 * not be read or given its tiles) and the archive index (one entry for the document, one
 * per page).
 *
 * <p>
 * One instance per step execution (it is step scoped). The catalogue row and the page
 * failures are written in the chunk's transaction and the entries are acknowledged by the
 * index before it commits: a file is catalogued only once it is searchable, and a file
 * whose entries the index refuses is set aside with nothing committed.
 */
public class ArchiveWriter implements ItemWriter<Extraction>, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(ArchiveWriter.class);

	private final Originals originals;

	private final Documents documents;

	private final IngestFailures failures;

	private final EntryIngester entries;

	private long jobExecutionId;

	public ArchiveWriter(Originals originals, Documents documents, IngestFailures failures, EntryIngester entries) {
		this.originals = originals;
		this.documents = documents;
		this.failures = failures;
		this.entries = entries;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.jobExecutionId = stepExecution.getJobExecutionId();
		this.entries.open();
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		this.entries.close();
		return stepExecution.getExitStatus();
	}

	@Override
	public void write(Chunk<? extends Extraction> chunk) throws IOException {
		for (Extraction extraction : chunk) {
			switch (extraction) {
				case Extraction.Failed failed -> setAside(failed);
				case Extraction.Extracted extracted -> keep(extracted);
			}
		}
	}

	private void setAside(Extraction.Failed failed) {
		log.warn("Setting aside {}: {}", failed.file().path(), failed.reason());
		this.failures.add(IngestFailure.ofFile(this.jobExecutionId, failed.file().path(), failed.file().sha256(),
				failed.kind(), failed.reason(), Instant.now()));
	}

	private void keep(Extraction.Extracted extracted) throws IOException {
		String sha256 = extracted.sha256();
		Path source = extracted.file().path();
		DocumentId id = DocumentId.fromSha256(sha256);
		Path stored = this.originals.keep(source, sha256);
		Instant now = Instant.now();
		CatalogedDocument document = new CatalogedDocument(id, sha256, extracted.file().file().fileName(), source,
				stored, extracted.metadata().contentType(), extracted.file().file().sizeBytes(),
				extracted.pages().size(), extracted.title(), extracted.textSource(), now, this.jobExecutionId);
		if (!this.documents.add(document)) {
			log.info("Skipping {}: the same bytes were ingested meanwhile", source);
			return;
		}
		for (PageFailure failure : extracted.pageFailures()) {
			log.warn("Kept {} without its page {}: {}", source, failure.page(), failure.reason());
			this.failures
				.add(IngestFailure.ofPage(this.jobExecutionId, source, sha256, failure.page(), failure.reason(), now));
		}
		this.entries.add(IndexEntries.of(document, extracted),
				new IndexedFile(id, sha256, source, this.jobExecutionId));
		log.info("Ingested {} as {} ({} pages, text from {})", source, id, extracted.pages().size(),
				document.textSource());
	}

}
