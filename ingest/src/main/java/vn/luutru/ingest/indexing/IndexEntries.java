package vn.luutru.ingest.indexing;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.luutru.archive.catalog.CatalogedDocument;
import vn.luutru.archive.identifiers.DocumentTitle;
import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.index.DocumentEntry;
import vn.luutru.archive.index.PageEntry;
import vn.luutru.ingest.extraction.Extraction;
import vn.luutru.ingest.extraction.PageText;

/**
 * The index entries of a catalogued document: one for the document, holding every page's
 * text and the union of their identifiers, then one per page.
 */
final class IndexEntries {

	private IndexEntries() {
	}

	/** The document's entry first, then its pages' in page order. */
	static List<ArchiveEntry> of(CatalogedDocument document, Extraction.Extracted extracted) {
		// The subject under the type line of the first page, ranked and shown beside the
		// title.
		String subject = extracted.pages().isEmpty() ? null
				: DocumentTitle.read(extracted.pages().getFirst().text()).map(DocumentTitle::subject).orElse(null);
		List<PageEntry> pages = extracted.pages().stream().map((page) -> page(document, subject, page)).toList();
		DocumentEntry entry = new DocumentEntry(document.id().value(), document.sha256(), document.fileName(),
				document.title(), subject, document.contentType(), document.sizeBytes(), document.pageCount(),
				document.textSource(), null, null, document.ingestedAt(), document.jobExecutionId(),
				extracted.metadata().properties(), null, List.of())
			.withPages(pages);
		List<ArchiveEntry> entries = new ArrayList<>(pages.size() + 1);
		entries.add(entry);
		entries.addAll(pages);
		return entries;
	}

	private static PageEntry page(CatalogedDocument document, @Nullable String subject, PageText page) {
		return new PageEntry(document.id().value(), document.sha256(), document.fileName(), document.title(), subject,
				document.contentType(), document.sizeBytes(), document.pageCount(), page.number(), page.text(),
				page.source().value(), page.confidence(), page.image(), page.identifiers(), document.ingestedAt(),
				document.jobExecutionId(), null);
	}

}
