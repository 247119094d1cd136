package vn.luutru.ingest.searchable;

import java.io.IOException;
import java.util.function.Supplier;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.storage.Derivatives;
import vn.luutru.archive.storage.StoredFiles;
import vn.luutru.ingest.extraction.ExtractedProcessor;
import vn.luutru.ingest.extraction.Extraction;
import vn.luutru.ingest.extraction.PageText;
import vn.luutru.ingest.ocr.TextRecognizers;

/**
 * Keeps the word boxes of every OCR'd page as an hOCR file among the document's
 * derivatives, for the hit boxes the viewer draws. Each page's file is replaced whole, so
 * a file read again overwrites its pages' boxes rather than adding to them. A page whose
 * boxes cannot be kept sets its file aside with the reason. Each file kept is recorded
 * with its checksum for the fixity check.
 *
 * @param derivatives where the files go
 * @param storedFiles where they are recorded
 * @param ocrSystem what read the pages, with its version ({@code tesseract 5.3.4}), asked
 * only when a page was OCR'd
 */
public record HocrProcessor(Derivatives derivatives, StoredFiles storedFiles,
		Supplier<String> ocrSystem) implements ExtractedProcessor {

	/** Word boxes from the Tesseract the worker loaded. */
	public HocrProcessor(Derivatives derivatives, StoredFiles storedFiles) {
		this(derivatives, storedFiles, TextRecognizers::ocrSystem);
	}

	@Override
	public Extraction processExtracted(Extraction.Extracted extracted) {
		DocumentId id = DocumentId.fromSha256(extracted.sha256());
		for (PageText page : extracted.pages()) {
			if (page.hocr() == null) {
				continue;
			}
			try {
				this.derivatives.keepHocr(id, page.number(), page.hocr(), page.rotation(), this.ocrSystem.get());
				this.storedFiles.record(id, this.derivatives.hocr(id, page.number()));
			}
			catch (IOException ex) {
				return new Extraction.Failed(extracted.file(),
						"không lưu được vị trí chữ (hOCR) của trang " + page.number() + ": " + ex);
			}
		}
		return extracted;
	}

}
