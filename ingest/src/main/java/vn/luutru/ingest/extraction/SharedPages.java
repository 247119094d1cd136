package vn.luutru.ingest.extraction;

import java.util.Optional;
import java.util.Set;

/**
 * Pages of a large file OCR'd by any worker, kept where every worker reads them (the
 * database), so that the worker assembling the file takes their text instead of reading
 * them again. Scoped to one ingest request: the same bytes ingested by another request
 * are read anew, with whatever OCR settings then apply.
 *
 * <p>
 * Implementations are safe to call from several threads; {@link #keep} commits at once
 * and is idempotent: the first page kept for a number stays.
 */
public interface SharedPages {

	/** Nothing is shared: every page is read by the worker that assembles its file. */
	SharedPages NONE = new SharedPages() {

		@Override
		public Optional<PageText> find(String sha256, int number) {
			return Optional.empty();
		}

		@Override
		public Set<Integer> kept(String sha256) {
			return Set.of();
		}

		@Override
		public void keep(String sha256, PageText page) {
		}

	};

	/** The page as some worker read it, without its scan, if one did. */
	Optional<PageText> find(String sha256, int number);

	/** The numbers of the file's pages already kept. */
	Set<Integer> kept(String sha256);

	/** Keeps a page just read, for every worker to see; committed when it returns. */
	void keep(String sha256, PageText page);

}
