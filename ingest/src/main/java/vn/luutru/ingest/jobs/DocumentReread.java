package vn.luutru.ingest.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.luutru.archive.catalog.CatalogedDocument;
import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.catalog.Documents;
import vn.luutru.ingest.extraction.ExtractedProcessor;
import vn.luutru.ingest.extraction.Extraction;
import vn.luutru.ingest.extraction.ExtractionProcessor;
import vn.luutru.ingest.extraction.PageRecognition;
import vn.luutru.ingest.indexing.IndexReconciliation;
import vn.luutru.ingest.intake.FingerprintedFile;
import vn.luutru.ingest.intake.ScannedFile;

/**
 * Reads one catalogued document again from the archive's own copy of its original (OCR
 * run anew, with a newer engine or better settings), remakes its derivatives with
 * officers' corrections applied again, and indexes it from its new page texts. The
 * catalogue row stays as it is: the bytes, and so the document's id, have not changed.
 */
public final class DocumentReread {

	private static final Logger log = LoggerFactory.getLogger(DocumentReread.class);

	private final Documents documents;

	private final Supplier<Reader> readers;

	private final List<ExtractedProcessor> steps;

	private final IndexReconciliation index;

	DocumentReread(Documents documents, Supplier<Reader> readers, List<ExtractedProcessor> steps,
			IndexReconciliation index) {
		this.documents = documents;
		this.readers = readers;
		this.steps = steps;
		this.index = index;
	}

	/**
	 * The reader of one re-read: its OCR engines are closed when it is done.
	 *
	 * @param recognition the OCR engines
	 * @param extraction reads the file with them
	 */
	record Reader(PageRecognition recognition, ExtractionProcessor extraction) {
	}

	/**
	 * What came of a re-read.
	 *
	 * @param pages the pages read
	 * @param failure why the document could not be read again; null when it was
	 */
	public record Outcome(int pages, @org.jspecify.annotations.Nullable String failure) {
	}

	/**
	 * Re-reads the document.
	 * @throws DocumentNotCatalogued when no document has this id
	 */
	public Outcome reread(DocumentId id) throws Exception {
		CatalogedDocument document = this.documents.find(id).orElseThrow(() -> new DocumentNotCatalogued(id));
		if (!Files.isRegularFile(document.storedPath())) {
			return new Outcome(0, "không thấy bản gốc lưu trong kho: " + document.storedPath());
		}
		FingerprintedFile file = new FingerprintedFile(
				new ScannedFile(document.storedPath(), Files.size(document.storedPath())), document.sha256());
		Reader reader = this.readers.get();
		Extraction extraction;
		try {
			extraction = reader.extraction().process(file);
			for (ExtractedProcessor step : this.steps) {
				extraction = step.process(extraction);
			}
		}
		finally {
			reader.recognition().close();
		}
		if (extraction instanceof Extraction.Failed failed) {
			return new Outcome(0, failed.reason());
		}
		Extraction.Extracted extracted = (Extraction.Extracted) extraction;
		this.index.reindex(document);
		log.info("Read {} again: {} page(s)", id.value(), extracted.pages().size());
		return new Outcome(extracted.pages().size(), null);
	}

	/** No catalogued document has the id given. */
	public static final class DocumentNotCatalogued extends RuntimeException {

		DocumentNotCatalogued(DocumentId id) {
			super("không có tài liệu nào mang mã " + id.value());
		}

	}

}
