package vn.luutru.ingest.extraction;

import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.luutru.ingest.intake.FingerprintedFile;
import vn.luutru.ingest.metadata.FileMetadata;

/**
 * The outcome of reading one file: its pages' text, or the reason it was set aside. A bad
 * file is an expected outcome, not an exception, so it never stops a batch.
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
	 * searchable PDF; whoever handles this outcome deletes it
	 */
	record Extracted(FingerprintedFile file, FileMetadata metadata, List<PageText> pages,
			@Nullable Path scans) implements Extraction {

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
	 */
	record Failed(FingerprintedFile file, String reason) implements Extraction {
	}

}
