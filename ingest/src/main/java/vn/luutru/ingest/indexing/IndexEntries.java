package vn.luutru.ingest.indexing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.luutru.archive.catalog.CatalogedDocument;
import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.index.ArchiveEntry.Identifiers;
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
		List<ArchiveEntry> pages = extracted.pages()
			.stream()
			.map((page) -> entry(document, extracted, page, page.identifiers()))
			.toList();
		Identifiers union = Identifiers
			.union(extracted.pages().stream().map(PageText::identifiers).filter(Objects::nonNull).toList());
		List<ArchiveEntry> entries = new ArrayList<>(pages.size() + 1);
		entries.add(entry(document, extracted, null, union).withContent(pages));
		entries.addAll(pages);
		return entries;
	}

	private static ArchiveEntry entry(CatalogedDocument document, Extraction.Extracted extracted,
			@Nullable PageText page, @Nullable Identifiers identifiers) {
		Map<String, String> metadata = (page == null) ? extracted.metadata().properties() : Map.of();
		return new ArchiveEntry((page == null) ? ArchiveEntry.Kind.DOCUMENT.value() : ArchiveEntry.Kind.PAGE.value(),
				document.id().value(), document.sha256(), document.fileName(), document.title(), document.contentType(),
				document.sizeBytes(), document.pageCount(), (page != null) ? page.number() : null,
				(page != null) ? page.text() : null, (page != null) ? page.source().value() : document.textSource(),
				(page != null) ? page.confidence() : null, (page != null) ? page.image() : null, identifiers,
				document.ingestedAt(), document.jobExecutionId(), metadata);
	}

}
