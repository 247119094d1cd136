package vn.luutru.ingest.indexing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import org.jspecify.annotations.Nullable;
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
import vn.luutru.ingest.extraction.Extraction;
import vn.luutru.ingest.extraction.PageScans;
import vn.luutru.ingest.extraction.PageText;
import vn.luutru.ingest.extraction.TextSource;
import vn.luutru.archive.identifiers.IdentifierReader;
import vn.luutru.ingest.searchable.SearchablePdfs;
import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.index.ArchiveEntry.Identifiers;
import vn.luutru.archive.index.ArchiveIndex;
import vn.luutru.archive.storage.Originals;
import vn.luutru.archive.storage.Derivatives;
import vn.luutru.ingest.maps.MapTiles;

/**
 * Writes each extraction: a set-aside file to the failures table; a read document to the
 * originals store, the catalogue and the archive index (one entry for the document, one
 * per page).
 *
 * <p>
 * One instance per step execution (it is step scoped): it owns that execution's bulk
 * ingester, flushed and closed when the step ends, after which the index is refreshed so
 * the batch is searchable at once.
 */
public class ArchiveWriter implements ItemWriter<Extraction>, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(ArchiveWriter.class);

	private final ElasticsearchClient client;

	private final ArchiveIndex index;

	private final Documents documents;

	private final IngestFailures failures;

	private final Originals originals;

	private final Derivatives derivatives;

	private final SearchablePdfs searchablePdfs;

	private final IdentifierReader identifiers;

	private final MapTiles mapTiles;

	private long jobExecutionId;

	private @Nullable BulkIngester<IndexedFile> ingester;

	public ArchiveWriter(ElasticsearchClient client, ArchiveIndex index, Documents documents, IngestFailures failures,
			Originals originals, Derivatives derivatives, SearchablePdfs searchablePdfs, IdentifierReader identifiers,
			MapTiles mapTiles) {
		this.mapTiles = mapTiles;
		this.searchablePdfs = searchablePdfs;
		this.identifiers = identifiers;
		this.client = client;
		this.index = index;
		this.documents = documents;
		this.failures = failures;
		this.originals = originals;
		this.derivatives = derivatives;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.jobExecutionId = stepExecution.getJobExecutionId();
		this.index.ensureExists();
		this.ingester = BulkIngester.of((b) -> b.client(this.client)
			.maxOperations(500)
			.maxSize(5L * 1024 * 1024)
			.maxConcurrentRequests(1)
			.listener(new FailedItemListener(this.documents, this.failures)));
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (this.ingester != null) {
			this.ingester.close();
			this.ingester = null;
		}
		this.index.refresh();
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
				failed.reason(), Instant.now()));
	}

	private void keep(Extraction.Extracted extracted) throws IOException {
		try {
			keepDocument(extracted);
		}
		finally {
			if (extracted.scans() != null) {
				PageScans.delete(extracted.scans());
			}
		}
	}

	private void keepDocument(Extraction.Extracted extracted) throws IOException {
		String sha256 = extracted.file().sha256();
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
		for (PageText page : extracted.pages()) {
			if (page.failure() != null) {
				log.warn("Kept {} without its page {}: {}", source, page.number(), page.failure());
				this.failures
					.add(new IngestFailure(this.jobExecutionId, source, sha256, page.number(), page.failure(), now));
			}
			if (page.hocr() != null) {
				this.derivatives.keepHocr(id, page.number(), page.hocr(), page.rotation());
			}
		}
		makeSearchablePdf(id, document, extracted);
		// A page that cannot be tiled stays in the archive and searchable; only deep zoom
		// is missing, and scanning staff see why.
		this.mapTiles
			.tile(document, (page) -> this.derivatives.iiif(id, page),
					(page) -> (page <= extracted.pages().size()) ? extracted.pages().get(page - 1).text() : "")
			.forEach((page, reason) -> this.failures
				.add(new IngestFailure(this.jobExecutionId, source, sha256, page, reason, now)));
		IndexedFile context = new IndexedFile(id, sha256, source, this.jobExecutionId);
		List<Identifiers> perPage = extracted.pages()
			.stream()
			.map((page) -> this.identifiers.read(page.text()))
			.toList();
		List<ArchiveEntry> pages = new ArrayList<>();
		for (int i = 0; i < extracted.pages().size(); i++) {
			pages.add(entry(document, extracted, extracted.pages().get(i), perPage.get(i)));
		}
		add(entry(document, extracted, null, Identifiers.union(perPage)).withContent(pages), context);
		pages.forEach((page) -> add(page, context));
		log.info("Ingested {} as {} ({} pages, text from {})", source, id, extracted.pages().size(),
				document.textSource());
	}

	/**
	 * The searchable PDF/A of a document with OCR'd pages. A failure here loses the PDF
	 * only: the document is kept, indexed and searchable, and the API answers that it has
	 * no searchable PDF.
	 */
	private void makeSearchablePdf(DocumentId id, CatalogedDocument document, Extraction.Extracted extracted) {
		List<SearchablePdfs.SourcePage> pages = extracted.pages()
			.stream()
			.map((page) -> new SearchablePdfs.SourcePage(page.number(), page.scan(),
					(page.image() != null) ? page.image().dpi() : 0, page.hocr(),
					(page.source() == TextSource.TEXT_LAYER) ? page.text() : null))
			.toList();
		Path original = extracted.metadata().isPdf() ? document.storedPath() : null;
		Path scratch = (extracted.scans() != null) ? extracted.scans().resolve("rendered") : null;
		try {
			if (scratch != null) {
				this.searchablePdfs.write(this.derivatives.searchablePdf(id), document.title(), pages, original,
						scratch);
			}
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Kept {}, but its searchable PDF could not be made: {}", document.sourcePath(), ex.toString());
		}
	}

	private void add(ArchiveEntry entry, IndexedFile context) {
		if (this.ingester == null) {
			throw new IllegalStateException("write() outside a step execution");
		}
		this.ingester.add((op) -> op.index((i) -> i.index(this.index.alias()).id(entry.id()).document(entry)), context);
	}

	private static ArchiveEntry entry(CatalogedDocument document, Extraction.Extracted extracted,
			@Nullable PageText page, Identifiers identifiers) {
		Map<String, String> metadata = (page == null) ? extracted.metadata().properties() : Map.of();
		return new ArchiveEntry((page == null) ? ArchiveEntry.Kind.DOCUMENT.value() : ArchiveEntry.Kind.PAGE.value(),
				document.id().value(), document.sha256(), document.fileName(), document.title(), document.contentType(),
				document.sizeBytes(), document.pageCount(), (page != null) ? page.number() : null,
				(page != null) ? page.text() : null, (page != null) ? page.source().value() : document.textSource(),
				(page != null) ? page.confidence() : null, (page != null) ? page.image() : null, identifiers,
				document.ingestedAt(), document.jobExecutionId(), metadata);
	}

}
