package vn.luutru.search.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.luutru.archive.identifiers.DocumentNumber;
import vn.luutru.archive.catalog.CatalogedDocument;
import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.index.ArchiveEntry.Identifiers;
import vn.luutru.archive.index.DocumentEntry;
import vn.luutru.archive.storage.Derivatives;
import vn.luutru.archive.storage.PageTexts;
import vn.luutru.search.export.DescribedDocument;
import vn.luutru.search.export.DocumentDescriptions;

/**
 * Describes documents for archival packages from the catalogue and the index, with their
 * files, and tells whether their pages hold personal data (the same finding that
 * withholds their originals and PDFs from roles without it).
 */
@Component("packagedDocuments")
class PackagedDocuments implements DocumentDescriptions {

	private final Documents catalogue;

	private final IndexedEntries entries;

	private final Derivatives derivatives;

	private final PageTexts pageTexts;

	PackagedDocuments(Documents catalogue, IndexedEntries entries, Derivatives derivatives, PageTexts pageTexts) {
		this.catalogue = catalogue;
		this.entries = entries;
		this.derivatives = derivatives;
		this.pageTexts = pageTexts;
	}

	@Override
	public Optional<DescribedDocument> describe(DocumentId id) {
		return this.catalogue.find(id).map(this::described);
	}

	private DescribedDocument described(CatalogedDocument document) {
		DocumentId id = document.id();
		Optional<DocumentEntry> entry = this.entries.document(id);
		Identifiers identifiers = entry.map(DocumentEntry::identifiers).orElse(null);
		String number = (identifiers != null && !identifiers.documentNumbers().isEmpty())
				? identifiers.documentNumbers().getFirst() : null;
		List<Path> texts = new ArrayList<>();
		List<Path> hocr = new ArrayList<>();
		boolean personal = false;
		for (int page = 1; page <= document.pageCount(); page++) {
			texts.add(this.pageTexts.text(id, page));
			hocr.add(this.derivatives.hocr(id, page));
			personal = personal || PersonalData.in(text(id, page));
		}
		Path pdfa = this.derivatives.searchablePdf(id);
		return new DescribedDocument(id.value(), number, date(identifiers),
				(identifiers != null) ? identifiers.kind() : null, entry.map(DocumentEntry::subject).orElse(null),
				(number != null) ? DocumentNumber.of(number).issuer() : null, document.pageCount(), "vi",
				document.title(), document.fileName(), document.contentType(), document.sha256(), document.storedPath(),
				Files.isRegularFile(pdfa) ? pdfa : null, texts, hocr, personal);
	}

	private String text(DocumentId id, int page) {
		Path kept = this.pageTexts.text(id, page);
		if (!Files.isRegularFile(kept)) {
			return this.entries.pageText(id, page).orElse("");
		}
		try {
			return Files.readString(kept, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read page " + page + " of " + id, ex);
		}
	}

	private static @Nullable String date(@Nullable Identifiers identifiers) {
		if (identifiers == null) {
			return null;
		}
		if (!identifiers.dates().isEmpty()) {
			return identifiers.dates().getFirst().toString();
		}
		return (identifiers.year() != null) ? identifiers.year().toString() : null;
	}

}
