package vn.luutru.search.dossiers;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A document attached to a dossier.
 *
 * @param documentId the document
 * @param title its title
 * @param fileName its original file name
 * @param pageCount its pages
 * @param note the officer's note, if any
 * @param attachedAt when it was attached
 */
record LinkedDocument(String documentId, String title, String fileName, int pageCount, @Nullable String note,
		Instant attachedAt) {
}
