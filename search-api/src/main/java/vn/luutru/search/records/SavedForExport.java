package vn.luutru.search.records;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.identifiers.DocumentKind;
import vn.luutru.search.export.DescribedDocument;
import vn.luutru.search.export.DocumentDescriptions;

/**
 * Documents as packages describe them, with an archivist's saved description winning over
 * what was read from the text, as it does on the document page: a package exported after
 * an archivist corrected a number or a subject carries the correction.
 */
@Component
@Primary
class SavedForExport implements DocumentDescriptions {

	private final DocumentDescriptions read;

	private final Descriptions descriptions;

	SavedForExport(@Qualifier("packagedDocuments") DocumentDescriptions read, Descriptions descriptions) {
		this.read = read;
		this.descriptions = descriptions;
	}

	@Override
	public Optional<DescribedDocument> describe(DocumentId id) {
		return this.read.describe(id)
			.map((document) -> this.descriptions.find(id.value())
				.map(Descriptions.Saved::description)
				.map((saved) -> document.describedAs(numberAndSymbol(saved),
						(saved.issuedOn() != null) ? saved.issuedOn().toString() : null,
						DocumentKind.codeOf(saved.documentType()), saved.subject(), saved.issuer(), saved.pageCount(),
						saved.language()))
				.orElse(document));
	}

	private static @Nullable String numberAndSymbol(DocumentDescription saved) {
		if (saved.number() != null && saved.symbol() != null) {
			return saved.number() + "/" + saved.symbol();
		}
		return (saved.symbol() != null) ? saved.symbol() : saved.number();
	}

}
