package vn.luutru.ingest.jobs;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import vn.luutru.ingest.intake.FolderReader;
import vn.luutru.ingest.intake.PageCounts;
import vn.luutru.ingest.intake.ScanFolder;
import vn.luutru.ingest.intake.ScannedFile;
import vn.luutru.ingest.limits.InputLimits;

/**
 * Splits a scan folder's sorted listing into ranges of a fixed number of files, one
 * partition each: the ranges, not the names, go into the partitions' contexts, so a
 * folder of a million files does not put a million names in the job repository. Each
 * range's files and pages are counted here too, so the job's totals are known as soon as
 * it is split, not only once every range has started. Not final: it is step scoped,
 * behind a class proxy.
 */
class FileRangePartitioner implements Partitioner {

	static final String FROM = "files.from";

	static final String TO = "files.to";

	private final ScanFolder folder;

	private final int filesPerPartition;

	private final List<Path> only;

	private final InputLimits limits;

	FileRangePartitioner(ScanFolder folder, int filesPerPartition) {
		this(folder, filesPerPartition, List.of(), InputLimits.defaults());
	}

	/**
	 * Splits only these files of the folder (a retry), or all of them when empty; their
	 * pages are counted within these limits.
	 */
	FileRangePartitioner(ScanFolder folder, int filesPerPartition, List<Path> only, InputLimits limits) {
		this.folder = folder;
		this.filesPerPartition = filesPerPartition;
		this.only = List.copyOf(only);
		this.limits = limits;
	}

	/** The grid size is not used: the folder's size and the range size decide. */
	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		// A retry's listing has one entry per file it names, gone or not (FolderReader).
		List<ScannedFile> listing = this.only.isEmpty() ? this.folder.files() : this.folder.only(this.only);
		int files = listing.size();
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		// An empty folder still makes one partition, which reads nothing: the job
		// ends COMPLETED, as an unpartitioned one does.
		int from = 0;
		do {
			ExecutionContext context = new ExecutionContext();
			context.putInt(FROM, from);
			int to = Math.min(files, from + this.filesPerPartition);
			context.putInt(TO, to);
			// What the range's reader would record when it opens, which it then keeps.
			List<ScannedFile> range = listing.subList(from, to);
			context.putInt(FolderReader.TOTAL, range.size());
			long pages = range.stream().mapToLong((file) -> PageCounts.of(file, this.limits)).sum();
			context.putInt(FolderReader.PAGES_TOTAL, (int) Math.min(Integer.MAX_VALUE, pages));
			partitions.put("files%07d".formatted(from), context);
			from += this.filesPerPartition;
		}
		while (from < files);
		return partitions;
	}

}
