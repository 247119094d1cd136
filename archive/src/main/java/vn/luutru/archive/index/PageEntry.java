package vn.luutru.archive.index;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The index entry of one page of a file (id = {@code documentId/page}): that page's text
 * and how its image was read, beside what the page's document entry says of the whole
 * file, so that page searches can filter and show without a second look-up.
 *
 * @param documentId the document's id
 * @param sha256 SHA-256 of the original file
 * @param fileName the original's file name
 * @param title the document's title
 * @param subject the document's subject (its "trích yếu", a map's title block); null when
 * none was read
 * @param contentType the media type detected by Tika
 * @param sizeBytes size of the original
 * @param pageCount pages in the document
 * @param page 1-based page number
 * @param text NFC text of the page, empty when none could be read
 * @param textSource where the text came from: {@code text-layer}, {@code ocr} or
 * {@code none}
 * @param ocrConfidence mean OCR confidence 0–100; null when the page was not OCR'd
 * @param image how the page's image was read (size, resolution, turn, skew); null on
 * pages read from a text layer
 * @param identifiers what was read out of the page's text; null when nothing was looked
 * for
 * @param ingestedAt when the ingestion job indexed it
 * @param jobExecutionId the ingestion job execution that indexed it
 * @param dossiers the dossiers its document is attached to; null when none
 */
public record PageEntry(String documentId, String sha256, String fileName, String title, @Nullable String subject,
		String contentType, long sizeBytes, int pageCount, int page, String text, String textSource,
		@Nullable Float ocrConfidence, @Nullable PageImage image, @Nullable Identifiers identifiers, Instant ingestedAt,
		long jobExecutionId, @Nullable Links dossiers) implements ArchiveEntry {

	/** The value of the {@value IndexFields#ENTRY} field of page entries. */
	public static final String KIND = "page";

	// A page without text is stored without it.
	public PageEntry {
		text = (text != null) ? text : "";
	}

	/** A page of a document whose subject is not known. */
	public PageEntry(String documentId, String sha256, String fileName, String title, String contentType,
			long sizeBytes, int pageCount, int page, String text, String textSource, @Nullable Float ocrConfidence,
			@Nullable PageImage image, @Nullable Identifiers identifiers, Instant ingestedAt, long jobExecutionId,
			@Nullable Links dossiers) {
		this(documentId, sha256, fileName, title, null, contentType, sizeBytes, pageCount, page, text, textSource,
				ocrConfidence, image, identifiers, ingestedAt, jobExecutionId, dossiers);
	}

	/** This page with other identifiers. */
	public PageEntry withIdentifiers(@Nullable Identifiers identifiers) {
		return new PageEntry(this.documentId, this.sha256, this.fileName, this.title, this.subject, this.contentType,
				this.sizeBytes, this.pageCount, this.page, this.text, this.textSource, this.ocrConfidence, this.image,
				identifiers, this.ingestedAt, this.jobExecutionId, this.dossiers);
	}

	/** This page with a corrected text and the identifiers read from it. */
	public PageEntry withText(String text, @Nullable Identifiers identifiers) {
		return new PageEntry(this.documentId, this.sha256, this.fileName, this.title, this.subject, this.contentType,
				this.sizeBytes, this.pageCount, this.page, text, this.textSource, this.ocrConfidence, this.image,
				identifiers, this.ingestedAt, this.jobExecutionId, this.dossiers);
	}

	@Override
	public String id() {
		return this.documentId + "/" + this.page;
	}

}
