package vn.luutru.stores.elasticsearch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
 * @param image how a page's image was read (size, resolution, turn, skew); null on the
 * document entry and on pages read from a text layer
 * @param identifiers what was read out of the text (document numbers, dossier codes,
 * parcels, dates, places); on a page entry that page's, on the document entry the union
 * of its pages'; null when nothing was looked for
 * @param ingestedAt when the ingestion job indexed it
 * @param jobExecutionId the ingestion job execution that indexed it
 * @param metadata file metadata (author, creation date, producer, …); stored, not indexed
 * @param dossiers the one-stop dossiers the document is attached to, copied onto every
 * entry of the document when an officer attaches or detaches it, so that searches can
 * filter and count by them; null when it is attached to none
 */
public record ArchiveEntry(String entry, String documentId, String sha256, String fileName, String title,
		String contentType, long sizeBytes, int pageCount, @Nullable Integer page, @Nullable String text,
		String textSource, @Nullable Float ocrConfidence, @Nullable PageImage image, @Nullable Identifiers identifiers,
		Instant ingestedAt, long jobExecutionId, Map<String, String> metadata, @Nullable Links dossiers) {

	/** An entry of a document attached to no dossier (how ingestion writes them). */
	public ArchiveEntry(String entry, String documentId, String sha256, String fileName, String title,
			String contentType, long sizeBytes, int pageCount, @Nullable Integer page, @Nullable String text,
			String textSource, @Nullable Float ocrConfidence, @Nullable PageImage image,
			@Nullable Identifiers identifiers, Instant ingestedAt, long jobExecutionId, Map<String, String> metadata) {
		this(entry, documentId, sha256, fileName, title, contentType, sizeBytes, pageCount, page, text, textSource,
				ocrConfidence, image, identifiers, ingestedAt, jobExecutionId, metadata, null);
	}

	/**
	 * The dossiers a document is attached to.
	 *
	 * @param codes their codes
	 * @param fields their fields (land, environment, …), as the one-stop system names
	 * them
	 * @param procedures their procedures' names
	 */
	public record Links(List<String> codes, List<String> fields, List<String> procedures) {
	}

	/**
	 * How a page's image was read for OCR.
	 *
	 * @param width width in pixels of the image OCR saw (after turning)
	 * @param height height in pixels of the image OCR saw
	 * @param dpi resolution it was read or rendered at
	 * @param rotation clockwise turn applied before OCR, in degrees (0, 90, 180, 270)
	 * @param skew the small skew corrected before OCR, in degrees (positive = the scan
	 * was turned clockwise), 0 when none was
	 */
	public record PageImage(int width, int height, int dpi, int rotation, float skew) {
	}

	/**
	 * Identifiers read out of text, normalised so that equal things compare equal
	 * ("977/TB-STNMT", "12" for a map sheet, "12/125" for parcel 125 on sheet 12).
	 *
	 * @param kind the document kind's code ({@code quyet-dinh}, {@code thong-bao},
	 * {@code ban-do}, …), when recognisable
	 * @param year the year of the document's date line, when found
	 * @param documentNumbers number and symbol, e.g. {@code 977/TB-STNMT}
	 * @param dossierCodes one-stop dossier codes
	 * @param mapSheets map sheet numbers
	 * @param parcels {@code sheet/parcel} pairs
	 * @param dates dates written in the text
	 * @param adminUnits canonical names of wards, communes, districts and provinces named
	 */
	public record Identifiers(@Nullable String kind, @Nullable Integer year, List<String> documentNumbers,
			List<String> dossierCodes, List<String> mapSheets, List<String> parcels, List<LocalDate> dates,
			List<String> adminUnits) {

		/** Nothing found. */
		public static Identifiers none() {
			return new Identifiers(null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
		}

	}

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
