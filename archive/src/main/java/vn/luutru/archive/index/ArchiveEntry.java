package vn.luutru.archive.index;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the archive index, as stored in Elasticsearch: a {@link DocumentEntry} per
 * ingested file, carrying what is known of the whole file and every page's text, and a
 * {@link PageEntry} per page, carrying that page's text and image. A search finds and
 * counts documents over the document entries (one entry a document: no collapsing, exact
 * facet counts), then looks for the best pages among the page entries of the documents it
 * shows.
 *
 * <p>
 * The kind is stored in the {@value IndexFields#ENTRY} field, which Jackson writes and
 * reads as the type of the entry; {@link IndexFields} names every field of the mapping.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = IndexFields.ENTRY)
@JsonSubTypes({ @JsonSubTypes.Type(value = DocumentEntry.class, name = DocumentEntry.KIND),
		@JsonSubTypes.Type(value = PageEntry.class, name = PageEntry.KIND) })
public sealed interface ArchiveEntry permits DocumentEntry, PageEntry {

	/** The document's id. */
	String documentId();

	/** SHA-256 of the original file. */
	String sha256();

	/** The original's file name. */
	String fileName();

	/** A title read from the file's metadata or its first lines. */
	String title();

	/**
	 * The document's subject: the "trích yếu" under its type ("Về việc …", "V/v …"), a
	 * map's title block; null when none was read.
	 */
	@Nullable String subject();

	/** The media type detected by Tika. */
	String contentType();

	/** Size of the original in bytes. */
	long sizeBytes();

	/** Pages in the document. */
	int pageCount();

	/** Where the text came from: {@code text-layer}, {@code ocr} or {@code none}. */
	String textSource();

	/**
	 * Mean OCR confidence 0–100: of the page, or on a document entry of its OCR'd pages;
	 * null when nothing was OCR'd.
	 */
	@Nullable Float ocrConfidence();

	/**
	 * What was read out of the text: a page's, or on a document entry the union of its
	 * pages'; null when nothing was looked for.
	 */
	@Nullable Identifiers identifiers();

	/** When the ingestion job indexed it. */
	Instant ingestedAt();

	/** The ingestion job execution that indexed it. */
	long jobExecutionId();

	/**
	 * The one-stop dossiers the document is attached to, copied onto every entry of the
	 * document when an officer attaches or detaches it, so that searches can filter and
	 * count by them; null when it is attached to none.
	 */
	@Nullable Links dossiers();

	/** The Elasticsearch id of this entry. */
	String id();

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

}
