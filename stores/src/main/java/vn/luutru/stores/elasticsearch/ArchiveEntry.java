package vn.luutru.stores.elasticsearch;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the archive index, as stored in Elasticsearch.
 *
 * <p>
 * Every ingested file gives one {@link Kind#DOCUMENT} entry (id = the document id)
 * carrying what is known of the whole file, and one {@link Kind#PAGE} entry per page (id
 * = {@code documentId/page}) carrying that page's text. Searches run over the page
 * entries and collapse on {@code documentId}, so a hit knows its page; the document entry
 * answers "what is this file" without reading any page.
 *
 * @param entry {@code document} or {@code page}
 * @param documentId the document's id
 * @param sha256 SHA-256 of the original file
 * @param fileName the original's file name
 * @param title a title read from the file's metadata or its first lines
 * @param contentType the media type detected by Tika
 * @param sizeBytes size of the original
 * @param pageCount pages in the document
 * @param page 1-based page number of a page entry; null on the document entry
 * @param text NFC text of a page entry; null on the document entry
 * @param textSource where the text came from: {@code text-layer}, {@code ocr} or
 * {@code none}
 * @param ocrConfidence mean OCR confidence 0–100 of an OCR'd page, else null
 * @param ingestedAt when the ingestion job indexed it
 * @param jobExecutionId the ingestion job execution that indexed it
 * @param metadata file metadata (author, creation date, producer, …); stored, not indexed
 */
public record ArchiveEntry(String entry, String documentId, String sha256, String fileName, String title,
		String contentType, long sizeBytes, int pageCount, @Nullable Integer page, @Nullable String text,
		String textSource, @Nullable Float ocrConfidence, Instant ingestedAt, long jobExecutionId,
		Map<String, String> metadata) {

	/** The two kinds of entry. */
	public enum Kind {

		/** One per file. */
		DOCUMENT("document"),

		/** One per page of a file. */
		PAGE("page");

		private final String value;

		Kind(String value) {
			this.value = value;
		}

		/** The value of the {@code entry} field. */
		public String value() {
			return this.value;
		}

	}

	/** The Elasticsearch id of this entry. */
	public String id() {
		return (this.page == null) ? this.documentId : this.documentId + "/" + this.page;
	}

}
