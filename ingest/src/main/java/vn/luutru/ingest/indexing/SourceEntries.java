package vn.luutru.ingest.indexing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.luutru.archive.identifiers.DocumentTitle;
import vn.luutru.archive.catalog.CatalogedDocument;
import vn.luutru.archive.identifiers.IdentifierReader;
import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.index.DocumentEntry;
import vn.luutru.archive.index.PageEntry;
import vn.luutru.archive.records.ArchivalDescriptions;
import vn.luutru.archive.storage.PageRecords;
import vn.luutru.archive.storage.PageTexts;

/**
 * A document's index entries made again from the source: its catalogue row, its pages'
 * stored texts and records, its dossier links, its archival file and description as
 * PostgreSQL keeps them, and the identifiers read again from each page's text with the
 * current reader. The same entries as ingestion writes ({@link IndexEntries}): the
 * document's first, holding every page's text, then one per page.
 */
final class SourceEntries {

	private final PageTexts pageTexts;

	private final IdentifierReader identifiers;

	private final ArchivalDescriptions archival;

	SourceEntries(PageTexts pageTexts, IdentifierReader identifiers, ArchivalDescriptions archival) {
		this.pageTexts = pageTexts;
		this.identifiers = identifiers;
		this.archival = archival;
	}

	/**
	 * The entries, or nothing when the document was catalogued before page texts were
	 * kept.
	 */
	Optional<List<ArchiveEntry>> of(CatalogedDocument document, ArchiveEntry.@Nullable Links links,
			ArchivalDescriptions.@Nullable Kept kept) throws IOException {
		Optional<PageRecords> records = this.pageTexts.read(document.id());
		if (records.isEmpty()) {
			return Optional.empty();
		}
		List<String> texts = new ArrayList<>();
		for (PageRecords.Page page : records.get().pages()) {
			texts.add(this.pageTexts.readText(document.id(), page.number()));
		}
		// Read again from the first page, as ingestion reads it: a better reader's
		// subject reaches every document at the next reindex.
		String subject = texts.isEmpty() ? null
				: DocumentTitle.read(texts.getFirst()).map(DocumentTitle::subject).orElse(null);
		List<PageEntry> pages = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			PageRecords.Page page = records.get().pages().get(i);
			String text = texts.get(i);
			pages.add(new PageEntry(document.id().value(), document.sha256(), document.fileName(), document.title(),
					subject, document.contentType(), document.sizeBytes(), document.pageCount(), page.number(), text,
					page.textSource(), page.ocrConfidence(), image(page.image()), this.identifiers.read(text),
					document.ingestedAt(), document.jobExecutionId(), links));
		}
		DocumentEntry whole = new DocumentEntry(document.id().value(), document.sha256(), document.fileName(),
				document.title(), subject, document.contentType(), document.sizeBytes(), document.pageCount(),
				document.textSource(), null, null, document.ingestedAt(), document.jobExecutionId(),
				records.get().metadata(), links, List.of())
			.withPages(pages);
		whole = whole.withArchival(this.archival.terms(whole, kept));
		List<ArchiveEntry> entries = new ArrayList<>(pages.size() + 1);
		entries.add(whole);
		entries.addAll(pages);
		return Optional.of(entries);
	}

	private static ArchiveEntry.@Nullable PageImage image(PageRecords.@Nullable Image image) {
		return (image != null)
				? new ArchiveEntry.PageImage(image.width(), image.height(), image.dpi(), image.rotation(), image.skew())
				: null;
	}

}
