package vn.luutru.ingest.jobs;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import vn.luutru.ingest.intake.FolderReader;
import vn.luutru.ingest.intake.PageCounts;
import vn.luutru.ingest.intake.ScanFolder;
import vn.luutru.ingest.intake.ScannedFile;
import vn.luutru.ingest.limits.InputLimits;

/**
 * Splits the pages of a folder's large PDFs and multi-page TIFFs into ranges of a fixed
 * number of pages, one partition each, for any worker to OCR before the files are
 * assembled: a 300-page report keeps every worker busy instead of one. The file goes into
 * a partition's context by its position in the sorted listing, as
 * {@link FileRangePartitioner}'s ranges do. Not final: it is step scoped, behind a class
 * proxy.
 */
class PageRangePartitioner implements Partitioner {

	static final String FILE = "pages.file";

	static final String FIRST = "pages.first";

	static final String LAST = "pages.last";

	private final ScanFolder folder;

	private final List<Path> only;

	private final InputLimits limits;

	private final int spreadFrom;

	private final int perRange;

	/**
	 * @param only the files of a retry, or empty for the whole folder
	 * @param spreadFrom the pages from which a file is spread; 0 for none
	 * @param perRange the pages of one range
	 */
	PageRangePartitioner(ScanFolder folder, List<Path> only, InputLimits limits, int spreadFrom, int perRange) {
		this.folder = folder;
		this.only = List.copyOf(only);
		this.limits = limits;
		this.spreadFrom = spreadFrom;
		this.perRange = perRange;
	}

	/**
	 * The grid size is not used. A folder with no large PDF or TIFF still makes one
	 * partition, which reads nothing: the splitting step then ends at once.
	 *
	 * <p>
	 * Every range also carries the whole folder's files and pages, small files and images
	 * included: until the file ranges are made, after the last page range, they are what
	 * the job's progress counts against.
	 */
	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		if (this.spreadFrom > 0) {
			List<ScannedFile> files = this.only.isEmpty() ? this.folder.files() : this.folder.only(this.only);
			long pagesTotal = 0;
			for (int file = 0; file < files.size(); file++) {
				ScannedFile scanned = files.get(file);
				int pages = PageCounts.of(scanned, this.limits);
				pagesTotal += pages;
				if (scanned.refusal() != null || !spreadable(scanned.fileName()) || pages < this.spreadFrom) {
					continue;
				}
				for (int first = 1; first <= pages; first += this.perRange) {
					partitions.put("pages%07d-%07d".formatted(file, first),
							range(file, first, Math.min(pages, first + this.perRange - 1)));
				}
			}
			if (partitions.isEmpty()) {
				partitions.put("pages-none", range(-1, 1, 0));
			}
			for (ExecutionContext range : partitions.values()) {
				range.putInt(FolderReader.TOTAL, files.size());
				range.putInt(FolderReader.PAGES_TOTAL, (int) Math.min(Integer.MAX_VALUE, pagesTotal));
			}
			return partitions;
		}
		partitions.put("pages-none", range(-1, 1, 0));
		return partitions;
	}

	/** PDFs and TIFFs: the types whose pages are counted from their structure. */
	private static boolean spreadable(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		return name.endsWith(".pdf") || name.endsWith(".tif") || name.endsWith(".tiff");
	}

	private static ExecutionContext range(int file, int first, int last) {
		ExecutionContext context = new ExecutionContext();
		context.putInt(FILE, file);
		context.putInt(FIRST, first);
		context.putInt(LAST, last);
		return context;
	}

}
