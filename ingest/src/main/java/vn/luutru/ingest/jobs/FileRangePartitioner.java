package vn.luutru.ingest.jobs;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import vn.luutru.ingest.intake.ScanFolder;

/**
 * Splits a scan folder's sorted listing into ranges of a fixed number of files, one
 * partition each: the ranges, not the names, go into the partitions' contexts, so a
 * folder of a million files does not put a million names in the job repository. Not
 * final: it is step scoped, behind a class proxy.
 */
class FileRangePartitioner implements Partitioner {

	static final String FROM = "files.from";

	static final String TO = "files.to";

	private final ScanFolder folder;

	private final int filesPerPartition;

	private final List<Path> only;

	FileRangePartitioner(ScanFolder folder, int filesPerPartition) {
		this(folder, filesPerPartition, List.of());
	}

	/** Splits only these files of the folder (a retry), or all of them when empty. */
	FileRangePartitioner(ScanFolder folder, int filesPerPartition, List<Path> only) {
		this.folder = folder;
		this.filesPerPartition = filesPerPartition;
		this.only = List.copyOf(only);
	}

	/** The grid size is not used: the folder's size and the range size decide. */
	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		// A retry's listing has one entry per file it names, gone or not (FolderReader).
		int files = this.only.isEmpty() ? this.folder.files().size() : this.only.size();
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		// An empty folder still makes one partition, which reads nothing: the job
		// ends COMPLETED, as an unpartitioned one does.
		int from = 0;
		do {
			ExecutionContext context = new ExecutionContext();
			context.putInt(FROM, from);
			context.putInt(TO, Math.min(files, from + this.filesPerPartition));
			partitions.put("files%07d".formatted(from), context);
			from += this.filesPerPartition;
		}
		while (from < files);
		return partitions;
	}

}
