package vn.luutru.search.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.luutru.archive.catalog.CatalogedDocument;
import vn.luutru.archive.index.ArchivalTerms;
import vn.luutru.archive.index.ArchiveEntry.Identifiers;
import vn.luutru.archive.index.DocumentEntry;
import vn.luutru.archive.records.ArchivalDescriptions;

/**
 * The description a document has before any archivist edits it, made from what ingestion
 * read: the first number and symbol and the first date in its text, its type, its subject
 * (else its title), the issuing body's abbreviation from its symbol, its pages, and its
 * reliability from where its text came from. Made on reading, so documents ingested
 * before descriptions existed have one too.
 */
@Component
class DerivedDescriptions {

	private final RecordsProperties properties;

	DerivedDescriptions(RecordsProperties properties) {
		this.properties = properties;
	}

	DocumentDescription of(CatalogedDocument document, Optional<DocumentEntry> entry) {
		Identifiers identifiers = entry.map(DocumentEntry::identifiers).orElse(null);
		// The type, issuer, subject and access regime follow the rules the index's
		// derived terms follow, so a proposed description and a search filter agree.
		ArchivalTerms terms = ArchivalDescriptions.derived(identifiers, entry.map(DocumentEntry::subject).orElse(null),
				document.title(), null, this.properties.accessRegime());
		String numberAndSymbol = (identifiers != null) ? first(identifiers.documentNumbers()) : null;
		String number = null;
		String symbol = null;
		if (numberAndSymbol != null) {
			int slash = numberAndSymbol.indexOf('/');
			number = (slash > 0) ? numberAndSymbol.substring(0, slash) : null;
			symbol = (slash > 0) ? numberAndSymbol.substring(slash + 1) : numberAndSymbol;
		}
		LocalDate issuedOn = (identifiers != null) ? first(identifiers.dates()) : null;
		return new DocumentDescription(number, symbol, issuedOn, terms.documentType(), terms.subject(), terms.issuer(),
				null, this.properties.language(), Math.max(1, document.pageCount()),
				AccessRegime.of(terms.accessRegime()), null, List.of(), Reliability.ofTextSource(document.textSource()),
				null, null, null);
	}

	private static <T> @Nullable T first(List<T> values) {
		return values.isEmpty() ? null : values.getFirst();
	}

}
