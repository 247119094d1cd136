package vn.luutru.search.records;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A document's description as the document page shows it.
 *
 * @param documentId the document
 * @param identifier its identifier in the archive ("mã định danh văn bản"): its file's
 * code and its position there, or its document id while it is in no file
 * @param description the description: the saved one, else the derived one
 * @param edited whether an archivist saved it (else it was derived from what ingestion
 * read)
 * @param editedBy who saved it; null when derived
 * @param editedAt when; null when derived
 * @param file the file it is in; null when in none
 * @param contentType the original's format (digitisation requirement)
 * @param dpi the resolution its first page was scanned or read at; null when unknown
 */
record DescriptionView(String documentId, String identifier, DocumentDescription description, boolean edited,
		@Nullable String editedBy, @Nullable Instant editedAt, @Nullable Filed file, String contentType,
		@Nullable Integer dpi) {

	/** The file a document is in. */
	record Filed(String code, String title, int position) {
	}

}
