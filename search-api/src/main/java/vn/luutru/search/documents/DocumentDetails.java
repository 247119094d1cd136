package vn.luutru.search.documents;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.luutru.archive.catalog.PdfaConformance;
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
 * @param pdfa what veraPDF found of a born-digital PDF at ingestion (the flavour it
 * declares, whether it conforms, a summary, the flavour of the PDF/A derivative made);
 * null for scans and PDFs ingested before the check
 */
record DocumentDetails(String id, String title, String fileName, String contentType, long sizeBytes, int pageCount,
		String textSource, Instant ingestedAt, String sha256, Map<String, String> metadata,
		@Nullable Identifiers identifiers, List<PageSummary> pages, @Nullable PdfaConformance pdfa) {

	DocumentDetails(String id, String title, String fileName, String contentType, long sizeBytes, int pageCount,
			String textSource, Instant ingestedAt, String sha256, Map<String, String> metadata,
			@Nullable Identifiers identifiers, List<PageSummary> pages) {
		this(id, title, fileName, contentType, sizeBytes, pageCount, textSource, ingestedAt, sha256, metadata,
				identifiers, pages, null);
	}

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
