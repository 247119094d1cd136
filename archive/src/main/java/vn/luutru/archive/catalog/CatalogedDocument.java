package vn.luutru.archive.catalog;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A row of the catalogue: an original the archive holds.
 *
 * @param id the document id
 * @param sha256 SHA-256 of the original
 * @param fileName the original's name when ingested
 * @param sourcePath where it was found
 * @param storedPath the archive's own copy
 * @param contentType the detected media type
 * @param sizeBytes size in bytes
 * @param pageCount pages
 * @param title title
 * @param textSource {@code text-layer}, {@code ocr}, {@code mixed} or {@code none}
 * @param ingestedAt when
 * @param jobExecutionId by which job execution
 */
public record CatalogedDocument(DocumentId id, String sha256, String fileName, Path sourcePath, Path storedPath,
		String contentType, long sizeBytes, int pageCount, String title, String textSource, Instant ingestedAt,
		long jobExecutionId) {
}
