package vn.luutru.ingest.indexing;

import java.nio.file.Path;

import vn.luutru.archive.catalog.DocumentId;

/**
 * What a bulk operation belongs to, so a failed item is reported by its source file.
 *
 * @param documentId the document
 * @param sha256 its SHA-256
 * @param source the scanned file
 * @param jobExecutionId the job execution writing it
 */
record IndexedFile(DocumentId documentId, String sha256, Path source, long jobExecutionId) {
}
