package vn.luutru.ingest.extraction;

import vn.luutru.archive.catalog.SetAsideKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.luutru.ingest.intake.FingerprintedFile;
import vn.luutru.ingest.metadata.FileMetadata;

/**
 * The outcome of reading one file: its pages' text, or the reason it was set aside. A bad
 * file is an expected outcome, not an exception, so it never stops a batch. The steps
 * after extraction pass it on with what they made of it (identifiers, failed tiles), and
 * the writer keeps it.
 */
public sealed interface Extraction {

	/** The file this is about. */
	FingerprintedFile file();

	/**
	 * Text was read from every page.
	 *
	 * @param file the file
	 * @param metadata its metadata
	 * @param pages its pages in order
	 * @param scans the scratch folder of the OCR'd pages' upright images, for the
	 * searchable PDF, which deletes it
	 * @param derivativeFailures pages whose derivatives (deep-zoom tiles) could not be
	 * made; the document is kept without them
	 */
	record Extracted(FingerprintedFile file, FileMetadata metadata, List<PageText> pages, @Nullable Path scans,
			List<PageFailure> derivativeFailures) implements Extraction {

		public Extracted {
			pages = List.copyOf(pages);
			derivativeFailures = List.copyOf(derivativeFailures);
		}

		/** The pages read from a file, with nothing made of them yet. */
		public Extracted(FingerprintedFile file, FileMetadata metadata, List<PageText> pages, @Nullable Path scans) {
			this(file, metadata, pages, scans, List.of());
		}

		/** The SHA-256 of the file's bytes, its identity: an extracted file was read. */
		public String sha256() {
			return Objects.requireNonNull(this.file.sha256(), "an extracted file has been read");
		}

		/** This document with its pages as a later step left them. */
		public Extracted withPages(List<PageText> pages) {
			return new Extracted(this.file, this.metadata, pages, this.scans, this.derivativeFailures);
		}

		/** This document with other metadata (what a later step learnt of the file). */
		public Extracted withMetadata(FileMetadata metadata) {
			return new Extracted(this.file, metadata, this.pages, this.scans, this.derivativeFailures);
		}

		/** This document once its page scans are deleted. */
		public Extracted withoutScans() {
			return new Extracted(this.file, this.metadata, this.pages, null, this.derivativeFailures);
		}

		/** This document with more pages whose derivatives could not be made. */
		public Extracted withFailures(Collection<PageFailure> failures) {
			List<PageFailure> all = new ArrayList<>(this.derivativeFailures);
			all.addAll(failures);
			return new Extracted(this.file, this.metadata, this.pages, this.scans, all);
		}

		/**
		 * Every page failure to record: the pages that could not be read, then those
		 * whose derivatives could not be made.
		 */
		public List<PageFailure> pageFailures() {
			List<PageFailure> all = new ArrayList<>();
			for (PageText page : this.pages) {
				if (page.failure() != null) {
					all.add(new PageFailure(page.number(), page.failure()));
				}
			}
			all.addAll(this.derivativeFailures);
			return all;
		}

		/** {@code text-layer}, {@code ocr}, {@code mixed} or {@code none}. */
		public String textSource() {
			List<TextSource> sources = this.pages.stream()
				.map(PageText::source)
				.filter((source) -> source != TextSource.NONE && source != TextSource.FAILED)
				.distinct()
				.toList();
			return switch (sources.size()) {
				case 0 -> TextSource.NONE.value();
				case 1 -> sources.getFirst().value();
				default -> "mixed";
			};
		}

		/** The declared title, else one read from the first page, else the file name. */
		public String title() {
			if (this.metadata.title() != null) {
				return this.metadata.title();
			}
			String fromText = this.pages.isEmpty() ? null : Titles.fromText(this.pages.getFirst().text());
			return (fromText != null) ? fromText : this.file.file().fileName();
		}

	}

	/**
	 * The file was set aside.
	 *
	 * @param file the file
	 * @param reason what went wrong, in words scanning staff can act on
	 * @param kind the kind of reason, for monitoring
	 */
	record Failed(FingerprintedFile file, String reason, SetAsideKind kind) implements Extraction {

		/**
		 * A file set aside for a reason of no known kind, such as an unexpected
		 * exception.
		 */
		public Failed(FingerprintedFile file, String reason) {
			this(file, reason, SetAsideKind.OTHER);
		}

	}

}
