package vn.luutru.ingest.searchable;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.storage.Derivatives;
import vn.luutru.archive.storage.StoredFiles;
import vn.luutru.ingest.extraction.ExtractedProcessor;
import vn.luutru.ingest.extraction.Extraction;
import vn.luutru.ingest.extraction.PageScans;
import vn.luutru.ingest.extraction.TextSource;

/**
 * Makes the searchable PDF/A of a document with OCR'd pages from the page images OCR
 * read, then lets those images go: it is the step that owns the scratch folder of page
 * scans, and deletes it whatever happens. The PDF is written whole in place of any
 * earlier one, so a file read again replaces its PDF. A PDF that cannot be made loses the
 * PDF only: the document goes on, and the API answers that it has none. A PDF written is
 * recorded with its checksum for the fixity check.
 *
 * @param pdfs makes the PDF
 * @param derivatives where it goes
 * @param storedFiles where it is recorded
 */
public record SearchablePdfProcessor(SearchablePdfs pdfs, Derivatives derivatives,
		StoredFiles storedFiles) implements ExtractedProcessor {

	private static final Logger log = LoggerFactory.getLogger(SearchablePdfProcessor.class);

	@Override
	public Extraction processExtracted(Extraction.Extracted extracted) {
		Path scans = extracted.scans();
		if (scans == null) {
			return extracted;
		}
		try {
			write(extracted, scans);
		}
		finally {
			PageScans.delete(scans);
		}
		return extracted.withoutScans();
	}

	private void write(Extraction.Extracted extracted, Path scans) {
		List<SearchablePdfs.SourcePage> pages = extracted.pages()
			.stream()
			.map((page) -> new SearchablePdfs.SourcePage(page.number(), page.scan(),
					(page.image() != null) ? page.image().dpi() : 0, page.hocr(),
					(page.source() == TextSource.TEXT_LAYER) ? page.text() : null))
			.toList();
		// The file's bytes are the document's (its SHA-256 was taken): the same as the
		// copy the writer keeps.
		Path original = extracted.metadata().isPdf() ? extracted.file().path() : null;
		DocumentId id = DocumentId.fromSha256(extracted.sha256());
		Path target = this.derivatives.searchablePdf(id);
		try {
			if (this.pdfs.write(target, extracted.title(), pages, original, scans.resolve("rendered"))) {
				this.storedFiles.record(id, target);
			}
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Keeping {} without its searchable PDF, which could not be made: {}", extracted.file().path(),
					ex.toString());
		}
	}

}
