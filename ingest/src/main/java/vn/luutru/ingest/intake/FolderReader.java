package vn.luutru.ingest.intake;

import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import vn.luutru.ingest.limits.InputLimits;

/**
 * Reads the files of a scan folder one at a time, records how many there are (for
 * progress bars) and how far it got (so a restarted job goes on where it stopped instead
 * of starting over).
 */
public class FolderReader implements ItemStreamReader<ScannedFile> {

	/** Execution-context key of the number of files in the folder. */
	public static final String TOTAL = "files.total";

	/** Execution-context key of the number of pages in the folder's files. */
	public static final String PAGES_TOTAL = "pages.total";

	private static final String POSITION = "files.position";

	private final ScanFolder folder;

	private final InputLimits limits;

	private final List<Path> only;

	private final int from;

	private final int to;

	private List<ScannedFile> files = List.of();

	private int position;

	public FolderReader(ScanFolder folder, InputLimits limits) {
		this(folder, limits, List.of(), 0, Integer.MAX_VALUE);
	}

	/**
	 * Reads only these files of the folder (a retry of what a job set aside); all when
	 * empty. One that is gone is set aside again, saying so.
	 */
	public FolderReader(ScanFolder folder, InputLimits limits, List<Path> only) {
		this(folder, limits, only, 0, Integer.MAX_VALUE);
	}

	/**
	 * Reads only the files at positions {@code from} (inclusive) to {@code to}
	 * (exclusive) of the folder's sorted listing (of those files only, when some are
	 * named): one partition of a job spread over several workers. The folder is expected
	 * not to change while its job runs, as a restarted job already expects.
	 */
	public FolderReader(ScanFolder folder, InputLimits limits, List<Path> only, int from, int to) {
		this.folder = folder;
		this.limits = limits;
		this.only = List.copyOf(only);
		this.from = from;
		this.to = to;
	}

	@Override
	public void open(ExecutionContext context) {
		List<ScannedFile> all = this.only.isEmpty() ? this.folder.files() : this.folder.only(this.only);
		this.files = all.subList(Math.min(this.from, all.size()), Math.min(this.to, all.size()));
		this.position = context.getInt(POSITION, 0);
		context.putInt(TOTAL, this.files.size());
		if (!context.containsKey(PAGES_TOTAL)) {
			// Each file counts at most the page limit, and the sum saturates: a total is
			// for a progress bar, never a reason to fail the job.
			long pages = this.files.stream().mapToLong((file) -> PageCounts.of(file, this.limits)).sum();
			context.putInt(PAGES_TOTAL, (int) Math.min(Integer.MAX_VALUE, pages));
		}
	}

	@Override
	public void update(ExecutionContext context) {
		context.putInt(POSITION, this.position);
		context.putInt(TOTAL, this.files.size());
	}

	@Override
	public @Nullable ScannedFile read() {
		return (this.position < this.files.size()) ? this.files.get(this.position++) : null;
	}

}
