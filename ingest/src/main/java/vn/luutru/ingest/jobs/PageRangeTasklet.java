package vn.luutru.ingest.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.core.scope.context.ChunkContext;

import vn.luutru.archive.storage.Fingerprints;
import vn.luutru.ingest.extraction.ExtractionProperties;
import vn.luutru.ingest.extraction.PageRanges;
import vn.luutru.ingest.extraction.PageRecognition;
import vn.luutru.ingest.extraction.PagesInProgress;
import vn.luutru.ingest.extraction.SharedPages;
import vn.luutru.ingest.intake.ScanFolder;
import vn.luutru.ingest.intake.ScannedFile;
import vn.luutru.ingest.limits.InputLimits;
import vn.luutru.ingest.maps.MapPages;
import vn.luutru.ingest.ocr.TesseractUnavailable;

/**
 * OCRs one range of a large PDF's pages or TIFF's frames into the shared pages
 * ({@link PageRanges}). What goes wrong with the file is not this range's to report: the
 * worker that assembles the file reads it again and sets it aside with the reason, so the
 * range ends either way. Not final: it is step scoped, behind a class proxy.
 */
class PageRangeTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(PageRangeTasklet.class);

	private final ScanFolder folder;

	private final List<Path> only;

	private final Range range;

	private final Supplier<PageRecognition> recognition;

	private final ExtractionProperties properties;

	private final InputLimits limits;

	private final SharedPages shared;

	private final PagesInProgress inProgress;

	/** Pages {@code first} to {@code last} of the file at {@code file} in the listing. */
	record Range(int file, int first, int last) {
	}

	PageRangeTasklet(ScanFolder folder, List<Path> only, Range range, Supplier<PageRecognition> recognition,
			ExtractionProperties properties, InputLimits limits, SharedPages shared, PagesInProgress inProgress) {
		this.folder = folder;
		this.only = List.copyOf(only);
		this.range = range;
		this.recognition = recognition;
		this.properties = properties;
		this.limits = limits;
		this.shared = shared;
		this.inProgress = inProgress;
	}

	@Override
	public @Nullable RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		if (this.range.file() < 0) {
			return RepeatStatus.FINISHED;
		}
		List<ScannedFile> files = this.only.isEmpty() ? this.folder.files() : this.folder.only(this.only);
		if (this.range.file() >= files.size()) {
			return RepeatStatus.FINISHED;
		}
		Path file = files.get(this.range.file()).path();
		try (PageRecognition ocr = this.recognition.get()) {
			int read = new PageRanges(ocr, this.properties, this.limits, new MapPages(ocr, this.properties),
					this.shared, this.inProgress)
				.read(file, Fingerprints.sha256(file), this.range.first(), this.range.last());
			contribution.incrementWriteCount(read);
		}
		catch (TesseractUnavailable ex) {
			throw ex;
		}
		catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError ex) {
			log.warn("Pages {} to {} of {} are left to the worker that assembles it: {}", this.range.first(),
					this.range.last(), file, ex.toString());
		}
		return RepeatStatus.FINISHED;
	}

}
