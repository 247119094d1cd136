package vn.luutru.archive.index;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the archive index, as stored in Elasticsearch.
 *
 * <p>
 * Every ingested file gives one {@link Kind#DOCUMENT} entry (id = the document id)
 * carrying what is known of the whole file, and one {@link Kind#PAGE} entry per page (id
 * = {@code documentId/page}) carrying that page's text. The document entry also holds
 * every page's text ({@code content}): a search finds and counts documents over the
 * document entries (one entry a document: no collapsing, exact facet counts), then looks
 * for the best pages among the page entries of the documents it shows.
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
 * @param ocrConfidence mean OCR confidence 0–100 of an OCR'd page; on the document entry
 * the mean of its OCR'd pages'; null when nothing was OCR'd
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
 * @param content on the document entry, its pages' texts in page order (what document
 * searches match); null on page entries. Elasticsearch keeps a gap of 100 positions
 * between pages, so a phrase never runs from one page onto the next
 */
public record ArchiveEntry(String entry, String documentId, String sha256, String fileName, String title,
		String contentType, long sizeBytes, int pageCount, @Nullable Integer page, @Nullable String text,
		String textSource, @Nullable Float ocrConfidence, @Nullable PageImage image, @Nullable Identifiers identifiers,
		Instant ingestedAt, long jobExecutionId, Map<String, String> metadata, @Nullable Links dossiers,
		@Nullable List<String> content) {

	/** The field holding a document entry's pages' texts. */
	public static final String CONTENT = "content";

	// An entry read from an index may lack its metadata.
	public ArchiveEntry {
		metadata = (metadata != null) ? metadata : Map.of();
	}

	/** An entry of a document attached to no dossier (how ingestion writes them). */
	public ArchiveEntry(String entry, String documentId, String sha256, String fileName, String title,
			String contentType, long sizeBytes, int pageCount, @Nullable Integer page, @Nullable String text,
			String textSource, @Nullable Float ocrConfidence, @Nullable PageImage image,
			@Nullable Identifiers identifiers, Instant ingestedAt, long jobExecutionId, Map<String, String> metadata) {
		this(entry, documentId, sha256, fileName, title, contentType, sizeBytes, pageCount, page, text, textSource,
				ocrConfidence, image, identifiers, ingestedAt, jobExecutionId, metadata, null, null);
	}

	/**
	 * A document entry made from its page entries: what they share, the union of their
	 * identifiers, every page's text and the mean OCR confidence of its OCR'd pages.
	 * @param pages the document's page entries, in any order; at least one
	 */
	public static ArchiveEntry document(List<ArchiveEntry> pages) {
		Identifiers identifiers = Identifiers
			.union(pages.stream().map(ArchiveEntry::identifiers).filter(Objects::nonNull).toList());
		ArchiveEntry first = pages.getFirst();
		return new ArchiveEntry(Kind.DOCUMENT.value(), first.documentId(), first.sha256(), first.fileName(),
				first.title(), first.contentType(), first.sizeBytes(), first.pageCount(), null, null,
				first.textSource(), null, null, identifiers, first.ingestedAt(), first.jobExecutionId(), Map.of(),
				first.dossiers(), null)
			.withContent(pages);
	}

	/** This entry with other identifiers. */
	public ArchiveEntry withIdentifiers(@Nullable Identifiers identifiers) {
		return new ArchiveEntry(this.entry, this.documentId, this.sha256, this.fileName, this.title, this.contentType,
				this.sizeBytes, this.pageCount, this.page, this.text, this.textSource, this.ocrConfidence, this.image,
				identifiers, this.ingestedAt, this.jobExecutionId, this.metadata, this.dossiers, this.content);
	}

	/**
	 * This document entry holding its pages' texts, in page order, and their mean OCR
	 * confidence (null when no page was OCR'd).
	 * @param pages the document's page entries, in any order
	 */
	public ArchiveEntry withContent(List<ArchiveEntry> pages) {
		List<ArchiveEntry> ordered = pages.stream()
			.sorted(Comparator.comparing((ArchiveEntry p) -> (p.page() != null) ? p.page() : 0))
			.toList();
		List<String> texts = ordered.stream().map((p) -> (p.text() != null) ? p.text() : "").toList();
		OptionalDouble confidence = ordered.stream()
			.map(ArchiveEntry::ocrConfidence)
			.filter(Objects::nonNull)
			.mapToDouble(Float::doubleValue)
			.average();
		return new ArchiveEntry(this.entry, this.documentId, this.sha256, this.fileName, this.title, this.contentType,
				this.sizeBytes, this.pageCount, this.page, this.text, this.textSource,
				confidence.isPresent() ? (float) confidence.getAsDouble() : null, this.image, this.identifiers,
				this.ingestedAt, this.jobExecutionId, this.metadata, this.dossiers, texts);
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

		/**
		 * The identifiers of a whole document: each list the union of its pages', the
		 * kind and year of the first page that has one.
		 */
		public static Identifiers union(Collection<Identifiers> pages) {
			String kind = pages.stream().map(Identifiers::kind).filter(Objects::nonNull).findFirst().orElse(null);
			Integer year = pages.stream().map(Identifiers::year).filter(Objects::nonNull).findFirst().orElse(null);
			return new Identifiers(kind, year, merged(pages, Identifiers::documentNumbers),
					merged(pages, Identifiers::dossierCodes), merged(pages, Identifiers::mapSheets),
					merged(pages, Identifiers::parcels), merged(pages, Identifiers::dates),
					merged(pages, Identifiers::adminUnits));
		}

		private static <T> List<T> merged(Collection<Identifiers> pages, Function<Identifiers, List<T>> field) {
			Set<T> all = new LinkedHashSet<>();
			pages.forEach((page) -> all.addAll(field.apply(page)));
			return List.copyOf(all);
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
