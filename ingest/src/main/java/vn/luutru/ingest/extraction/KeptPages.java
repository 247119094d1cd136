package vn.luutru.ingest.extraction;

import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.luutru.ingest.intake.FingerprintedFile;

/**
 * The pages of one file that other workers kept in {@link SharedPages}. Which pages were
 * kept is asked once, when a page first needs OCR, and only those pages are fetched: most
 * files were never spread over workers, and asking for each page of every file would cost
 * a query per page for nothing. The ranges are all read before any file is assembled, so
 * the numbers asked at the first page hold for the whole file.
 *
 * <p>
 * Used by the one thread that reads the file.
 */
final class KeptPages {

	private final SharedPages shared;

	private final @Nullable String sha256;

	private @Nullable Set<Integer> numbers;

	KeptPages(SharedPages shared, FingerprintedFile file) {
		this.shared = shared;
		this.sha256 = file.sha256();
	}

	/** The page as another worker read it (the first copy kept), if one did. */
	Optional<PageText> find(int number) {
		String file = this.sha256;
		if (file == null) {
			return Optional.empty();
		}
		Set<Integer> kept = this.numbers;
		if (kept == null) {
			kept = this.shared.kept(file);
			this.numbers = kept;
		}
		return kept.contains(number) ? this.shared.find(file, number) : Optional.empty();
	}

}
