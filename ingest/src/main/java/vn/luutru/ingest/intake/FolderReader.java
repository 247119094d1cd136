package vn.luutru.ingest.intake;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

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

	private List<ScannedFile> files = List.of();

	private int position;

	public FolderReader(ScanFolder folder) {
		this.folder = folder;
	}

	@Override
	public void open(ExecutionContext context) {
		this.files = this.folder.files();
		this.position = context.getInt(POSITION, 0);
		context.putInt(TOTAL, this.files.size());
		if (!context.containsKey(PAGES_TOTAL)) {
			context.putInt(PAGES_TOTAL,
					this.files.stream().mapToInt((file) -> PageCounts.of(file.path())).reduce(0, Math::addExact));
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
