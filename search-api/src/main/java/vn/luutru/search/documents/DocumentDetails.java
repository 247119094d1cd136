package vn.luutru.search.documents;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.luutru.archive.index.ArchiveEntry.Identifiers;

/**
 * What the archive knows of one document: its catalogue row, its file metadata and its
 * pages.
 *
 * @param id the document id
 * @param title the title
 * @param fileName the original's file name when ingested
 * @param contentType the detected media type
 * @param sizeBytes the original's size
 * @param pageCount pages
 * @param textSource {@code text-layer}, {@code ocr}, {@code mixed} or {@code none}
 * @param ingestedAt when it was ingested
 * @param sha256 SHA-256 of the original
 * @param metadata the file's own metadata (author, creation date, producer, …); empty
 * when not indexed
 * @param identifiers what was read out of its text (kind, year, document numbers, dossier
 * codes, map sheets, parcels, dates, administrative units), the union of its pages'; null
 * when not indexed or nothing was looked for
 * @param pages where each page's text came from; empty when not indexed
 */
record DocumentDetails(String id, String title, String fileName, String contentType, long sizeBytes, int pageCount,
		String textSource, Instant ingestedAt, String sha256, Map<String, String> metadata,
		@Nullable Identifiers identifiers, List<PageSummary> pages) {

	/**
	 * One page.
	 *
	 * @param page the 1-based page number
	 * @param textSource {@code text-layer}, {@code ocr} or {@code none}
	 * @param ocrConfidence mean OCR confidence 0–100 of an OCR'd page, else null
	 */
	record PageSummary(int page, String textSource, @Nullable Float ocrConfidence) {
	}

}
