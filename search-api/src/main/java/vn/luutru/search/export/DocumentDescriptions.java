package vn.luutru.search.export;

import java.util.Optional;

import vn.luutru.archive.catalog.DocumentId;

/**
 * Describes documents for packages; implemented by the documents feature, which knows the
 * catalogue, the index and personal data, so that this feature depends on none of them.
 */
public interface DocumentDescriptions {

	/**
	 * A document as a package holds it; empty when the catalogue has no such document.
	 * @throws RuntimeException when the index cannot answer
	 */
	Optional<DescribedDocument> describe(DocumentId id);

}
