package vn.luutru.ingest.searchable;

import java.io.IOException;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.index.ArchiveEntry.PageImage;
import vn.luutru.archive.storage.PageRecords;
import vn.luutru.archive.storage.PageTexts;
import vn.luutru.ingest.extraction.ExtractedProcessor;
import vn.luutru.ingest.extraction.Extraction;
import vn.luutru.ingest.extraction.PageText;

/**
 * Keeps every page's text, from a text layer or OCR, and how each page was read, among
 * the document's derivatives, so that the index can be rebuilt from the source without
 * OCR (a text layer is otherwise read only once, into the index). A document whose texts
 * cannot be kept is set aside with the reason: it could not be rebuilt.
 *
 * @param pageTexts where the texts go
 */
public record PageTextsProcessor(PageTexts pageTexts) implements ExtractedProcessor {

	@Override
	public Extraction processExtracted(Extraction.Extracted extracted) {
		DocumentId id = DocumentId.fromSha256(extracted.file().sha256());
		List<PageRecords.Page> pages = extracted.pages()
			.stream()
			.map((page) -> new PageRecords.Page(page.number(), page.source().value(), page.confidence(),
					image(page.image())))
			.toList();
		try {
			this.pageTexts.keep(id, new PageRecords(extracted.metadata().properties(), pages),
					extracted.pages().stream().map(PageText::text).toList());
		}
		catch (IOException ex) {
			return new Extraction.Failed(extracted.file(), "không lưu được chữ của các trang: " + ex);
		}
		return extracted;
	}

	private static PageRecords.@Nullable Image image(@Nullable PageImage image) {
		return (image != null)
				? new PageRecords.Image(image.width(), image.height(), image.dpi(), image.rotation(), image.skew())
				: null;
	}

}
