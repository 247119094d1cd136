package vn.luutru.ingest.extraction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import vn.luutru.archive.catalog.SetAsideKind;
import vn.luutru.archive.jobs.OcrPageTimes;
import vn.luutru.ingest.intake.FingerprintedFile;
import vn.luutru.ingest.limits.InputLimits;
import vn.luutru.ingest.metadata.FileMetadata;
import vn.luutru.ingest.metadata.MetadataReader;

/**
 * Reads a fingerprinted file into its pages' text, or into the reason it is set aside:
 * PDFs page by page (text layer when real, OCR otherwise), images frame by frame with OCR
 * (large frames such as map sheets by {@link LargeFrames}). Anything else is set aside as
 * an unsupported type.
 *
 * <p>
 * One instance per step execution: it owns the OCR engines of that execution and closes
 * them when the step ends.
 */
public class ExtractionProcessor implements ItemProcessor<FingerprintedFile, Extraction>, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(ExtractionProcessor.class);

	private final MetadataReader metadataReader;

	private final PdfPages pdfPages;

	private final ImagePages imagePages;

	private final PageRecognition recognition;

	private final PagesInProgress inProgress;

	private final @Nullable Float keepScansAtQuality;

	// What reportOcr handed on so far; a step reads its files one after the other.
	private long reportedPages;

	private long reportedNanos;

	private long[] reportedPerBucket = OcrPageTimes.none();

	/**
	 * Creates the processor of one step execution.
	 * @param largeFrames reads the image frames too large to read whole
	 * @param keepScansAtQuality JPEG quality to keep OCR'd pages' images at for the
	 * searchable PDF, or null not to keep them
	 */
	public ExtractionProcessor(MetadataReader metadataReader, PageRecognition recognition,
			ExtractionProperties properties, LargeFrames largeFrames, PagesInProgress inProgress,
			@Nullable Float keepScansAtQuality) {
		this(metadataReader, recognition, properties, InputLimits.defaults(), largeFrames, inProgress,
				keepScansAtQuality);
	}

	/**
	 * Creates the processor of one step execution, holding files to these limits.
	 * @param largeFrames reads the image frames too large to read whole
	 * @param keepScansAtQuality JPEG quality to keep OCR'd pages' images at for the
	 * searchable PDF, or null not to keep them
	 */
	public ExtractionProcessor(MetadataReader metadataReader, PageRecognition recognition,
			ExtractionProperties properties, InputLimits limits, LargeFrames largeFrames, PagesInProgress inProgress,
			@Nullable Float keepScansAtQuality) {
		this(metadataReader, recognition, properties, limits, largeFrames, inProgress, keepScansAtQuality,
				SharedPages.NONE);
	}

	/**
	 * Creates the processor of one step execution of a job whose large files' pages are
	 * spread over the workers: a PDF page or TIFF frame some worker OCR'd is taken from
	 * {@code shared}, not read again.
	 * @param largeFrames reads the image frames too large to read whole
	 * @param keepScansAtQuality JPEG quality to keep OCR'd pages' images at for the
	 * searchable PDF, or null not to keep them
	 */
	public ExtractionProcessor(MetadataReader metadataReader, PageRecognition recognition,
			ExtractionProperties properties, InputLimits limits, LargeFrames largeFrames, PagesInProgress inProgress,
			@Nullable Float keepScansAtQuality, SharedPages shared) {
		this.metadataReader = metadataReader;
		this.inProgress = inProgress;
		this.keepScansAtQuality = keepScansAtQuality;
		this.recognition = recognition;
		this.pdfPages = new PdfPages(recognition, properties, limits, shared);
		this.imagePages = new ImagePages(recognition, properties, limits, largeFrames, shared);
	}

	/**
	 * The file's pages, or why it is set aside. An {@link OutOfMemoryError} or
	 * {@link StackOverflowError} while reading it (a decompression bomb or a structure
	 * nested too deep that the limits did not catch) sets this file aside and the batch
	 * goes on: the allocation that failed is what freed the memory, and the stack is
	 * unwound.
	 */
	@Override
	public Extraction process(FingerprintedFile file) throws IOException {
		String refusal = file.file().refusal();
		if (refusal != null) {
			return new Extraction.Failed(file, refusal,
					Objects.requireNonNullElse(file.file().refusedAs(), SetAsideKind.OTHER));
		}
		try {
			return read(file);
		}
		catch (OutOfMemoryError ex) {
			log.warn("Setting aside {}: out of memory while reading it", file.path(), ex);
			return new Extraction.Failed(file, ContainedErrors.OUT_OF_MEMORY, SetAsideKind.OUT_OF_MEMORY);
		}
		catch (StackOverflowError ex) {
			log.warn("Setting aside {}: stack overflow while reading it", file.path());
			return new Extraction.Failed(file, ContainedErrors.STACK_OVERFLOW, SetAsideKind.NESTING_TOO_DEEP);
		}
		finally {
			reportOcr();
		}
	}

	/**
	 * Hands on the OCR time of the file just read: what the tally gained since the last.
	 */
	private void reportOcr() {
		long pages = this.recognition.ocrPages();
		long nanos = this.recognition.ocrNanos();
		long[] perBucket = this.recognition.ocrPagesPerBucket();
		long[] added = new long[perBucket.length];
		for (int i = 0; i < perBucket.length; i++) {
			added[i] = perBucket[i] - this.reportedPerBucket[i];
		}
		this.inProgress.ocrRead(pages - this.reportedPages, nanos - this.reportedNanos, added);
		this.reportedPages = pages;
		this.reportedNanos = nanos;
		this.reportedPerBucket = perBucket;
	}

	private Extraction read(FingerprintedFile file) throws IOException {
		Path path = file.path();
		if (file.file().sizeBytes() == 0) {
			return new Extraction.Failed(file, "tệp rỗng (0 byte): bản quét hoặc việc sao chép chưa xong",
					SetAsideKind.EMPTY);
		}
		FileMetadata metadata = this.metadataReader.read(path);
		log.debug("{} is {}", path, metadata.contentType());
		if (metadata.isPdf() || metadata.isImage()) {
			PageScans scans = (this.keepScansAtQuality != null) ? PageScans.create(this.keepScansAtQuality) : null;
			Extraction extraction = unlessEveryPageFailed(metadata.isPdf()
					? this.pdfPages.extract(file, metadata, scans) : this.imagePages.extract(file, metadata, scans));
			if (scans != null && !(extraction instanceof Extraction.Extracted)) {
				PageScans.delete(scans.folder());
			}
			return extraction;
		}
		return new Extraction.Failed(
				file, "loại tệp không nhận: nội dung là " + metadata.contentType() + " dù tên là "
						+ file.file().fileName() + " (kho nhận bản quét PDF, TIFF, JPEG và PNG)",
				SetAsideKind.UNSUPPORTED_TYPE);
	}

	/** A file none of whose pages could be read is set aside, with the first reason. */
	private static Extraction unlessEveryPageFailed(Extraction extraction) {
		if (extraction instanceof Extraction.Extracted extracted && !extracted.pages().isEmpty()
				&& extracted.pages().stream().allMatch((page) -> page.source() == TextSource.FAILED)) {
			return new Extraction.Failed(extracted.file(),
					"không đọc được trang nào: " + extracted.pages().getFirst().failure(),
					Objects.requireNonNullElse(extracted.pages().getFirst().failureKind(), SetAsideKind.OTHER));
		}
		return extraction;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.inProgress.register(stepExecution.getJobExecutionId(), this.recognition::pagesDone);
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		this.inProgress.unregister(stepExecution.getJobExecutionId());
		stepExecution.getExecutionContext().putLong(PagesInProgress.PAGES_READ, this.recognition.pagesDone());
		this.recognition.close();
		return stepExecution.getExitStatus();
	}

}
