package vn.luutru.archive.index;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

import org.jspecify.annotations.Nullable;

/**
 * The index entry of a whole file (id = the document id): what is known of the file and,
 * in {@code content}, its pages' texts in page order, which document searches match.
 * Elasticsearch keeps a gap of 100 positions between pages, so a phrase never runs from
 * one page onto the next.
 *
 * @param documentId the document's id
 * @param sha256 SHA-256 of the original file
 * @param fileName the original's file name
 * @param title a title read from the file's metadata or its first lines
 * @param subject its subject (its "trích yếu", a map's title block); null when none was
 * read
 * @param contentType the media type detected by Tika
 * @param sizeBytes size of the original
 * @param pageCount pages in the document
 * @param textSource where the text came from: {@code text-layer}, {@code ocr} or
 * {@code none}
 * @param ocrConfidence the mean OCR confidence of its OCR'd pages; null when none was
 * @param identifiers the union of its pages' identifiers
 * @param ingestedAt when the ingestion job indexed it
 * @param jobExecutionId the ingestion job execution that indexed it
 * @param metadata file metadata (author, creation date, producer, …); stored, not indexed
 * @param dossiers the dossiers it is attached to; null when none
 * @param content its pages' texts, in page order
 * @param archival its archival description's searchable terms; null until an archivist
 * saved a description
 * @param place the wards and districts it names and a map's footprint; null when none
 */
public record DocumentEntry(String documentId, String sha256, String fileName, String title, @Nullable String subject,
		String contentType, long sizeBytes, int pageCount, String textSource, @Nullable Float ocrConfidence,
		@Nullable Identifiers identifiers, Instant ingestedAt, long jobExecutionId, Map<String, String> metadata,
		@Nullable Links dossiers, List<String> content, @Nullable ArchivalTerms archival,
		@Nullable Place place) implements ArchiveEntry {

	/** The value of the {@value IndexFields#ENTRY} field of document entries. */
	public static final String KIND = "document";

	// An entry read from an index may lack its metadata, or its content when a search
	// left it out of the source.
	public DocumentEntry {
		metadata = (metadata != null) ? metadata : Map.of();
		content = (content != null) ? content : List.of();
	}

	/** A document entry without an archival description. */
	public DocumentEntry(String documentId, String sha256, String fileName, String title, @Nullable String subject,
			String contentType, long sizeBytes, int pageCount, String textSource, @Nullable Float ocrConfidence,
			@Nullable Identifiers identifiers, Instant ingestedAt, long jobExecutionId, Map<String, String> metadata,
			@Nullable Links dossiers, List<String> content) {
		this(documentId, sha256, fileName, title, subject, contentType, sizeBytes, pageCount, textSource, ocrConfidence,
				identifiers, ingestedAt, jobExecutionId, metadata, dossiers, content, null, null);
	}

	/** A document entry whose subject is not known. */
	public DocumentEntry(String documentId, String sha256, String fileName, String title, String contentType,
			long sizeBytes, int pageCount, String textSource, @Nullable Float ocrConfidence,
			@Nullable Identifiers identifiers, Instant ingestedAt, long jobExecutionId, Map<String, String> metadata,
			@Nullable Links dossiers, List<String> content) {
		this(documentId, sha256, fileName, title, null, contentType, sizeBytes, pageCount, textSource, ocrConfidence,
				identifiers, ingestedAt, jobExecutionId, metadata, dossiers, content);
	}

	/**
	 * A document entry made from its page entries: what they share, the union of their
	 * identifiers, every page's text and the mean OCR confidence of its OCR'd pages.
	 * @param pages the document's page entries, in any order; at least one
	 * @param metadata the file's metadata
	 */
	public static DocumentEntry of(List<PageEntry> pages, Map<String, String> metadata) {
		PageEntry first = pages.getFirst();
		return new DocumentEntry(first.documentId(), first.sha256(), first.fileName(), first.title(), first.subject(),
				first.contentType(), first.sizeBytes(), first.pageCount(), first.textSource(), null, null,
				first.ingestedAt(), first.jobExecutionId(), metadata, first.dossiers(), List.of())
			.withPages(pages);
	}

	/**
	 * This entry holding its pages' texts in page order (without their {@link NumberGrid
	 * number grids}), the union of their identifiers, the mean OCR confidence of the
	 * OCR'd ones (null when none was) and the {@link Place place} they and the file's
	 * metadata name.
	 * @param pages the document's page entries, in any order
	 */
	public DocumentEntry withPages(List<PageEntry> pages) {
		List<PageEntry> ordered = pages.stream().sorted(Comparator.comparingInt(PageEntry::page)).toList();
		OptionalDouble confidence = ordered.stream()
			.map(PageEntry::ocrConfidence)
			.filter(Objects::nonNull)
			.mapToDouble(Float::doubleValue)
			.average();
		Identifiers union = Identifiers
			.union(ordered.stream().map(PageEntry::identifiers).filter(Objects::nonNull).toList());
		return new DocumentEntry(this.documentId, this.sha256, this.fileName, this.title, this.subject,
				this.contentType, this.sizeBytes, this.pageCount, this.textSource,
				confidence.isPresent() ? (float) confidence.getAsDouble() : null, union, this.ingestedAt,
				this.jobExecutionId, this.metadata, this.dossiers,
				ordered.stream().map(PageEntry::text).map(NumberGrid::words).toList(), this.archival,
				Place.of(this.metadata, union.adminUnits()));
	}

	/** This entry with these archival terms (null: none). */
	public DocumentEntry withArchival(@Nullable ArchivalTerms terms) {
		return new DocumentEntry(this.documentId, this.sha256, this.fileName, this.title, this.subject,
				this.contentType, this.sizeBytes, this.pageCount, this.textSource, this.ocrConfidence, this.identifiers,
				this.ingestedAt, this.jobExecutionId, this.metadata, this.dossiers, this.content, terms, this.place);
	}

	@Override
	public String id() {
		return this.documentId;
	}

}
