package vn.luutru.ingest.extraction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.luutru.archive.catalog.SetAsideKind;
import vn.luutru.ingest.intake.FingerprintedFile;
import vn.luutru.ingest.limits.Deadline;
import vn.luutru.ingest.limits.InputLimits;
import vn.luutru.ingest.metadata.FileMetadata;

/**
 * Text of each frame of an image file (multi-page TIFF, or a single JPEG or PNG) by OCR.
 *
 * <p>
 * The declared size of each frame is checked before anything is decoded: an absurd header
 * or a decompression bomb is set aside with its size, never an {@link OutOfMemoryError}.
 * Frames larger than the OCR pixel budget are decoded subsampled, so memory stays bounded
 * by the budget ({@link ImageFrames}); large maps are read another way instead
 * ({@link LargeFrames}).
 */
final class ImagePages {

	private static final Logger log = LoggerFactory.getLogger(ImagePages.class);

	private final PageRecognition recognition;

	private final ExtractionProperties properties;

	private final InputLimits limits;

	private final LargeFrames largeFrames;

	private final ImageFrames imageFrames;

	private final SharedPages shared;

	ImagePages(PageRecognition recognition, ExtractionProperties properties, InputLimits limits,
			LargeFrames largeFrames) {
		this(recognition, properties, limits, largeFrames, SharedPages.NONE);
	}

	/**
	 * Reads image files, taking the text of a frame other workers OCR'd from
	 * {@code shared} instead of OCR'ing it again.
	 */
	ImagePages(PageRecognition recognition, ExtractionProperties properties, InputLimits limits,
			LargeFrames largeFrames, SharedPages shared) {
		this.recognition = recognition;
		this.properties = properties;
		this.limits = limits;
		this.largeFrames = largeFrames;
		this.imageFrames = new ImageFrames(properties, largeFrames);
		this.shared = shared;
	}

	Extraction extract(FingerprintedFile file, FileMetadata metadata, @Nullable PageScans scans) {
		try (ImageInputStream input = ImageIO.createImageInputStream(file.path().toFile())) {
			ImageReader reader = ImageFrames.readerFor(input);
			if (reader == null) {
				return new Extraction.Failed(file, "không có bộ giải mã ảnh cho " + metadata.contentType(),
						SetAsideKind.UNSUPPORTED_TYPE);
			}
			try {
				// Not ignoring metadata: the stated resolution tells Tesseract the text
				// size.
				reader.setInput(input, false, false);
				int frames = reader.getNumImages(true);
				if (frames > this.limits.maxPagesPerFile()) {
					return new Extraction.Failed(file,
							"tệp có %d trang, vượt giới hạn %d trang (luutru.limits.max-pages-per-file)"
								.formatted(frames, this.limits.maxPagesPerFile()),
							SetAsideKind.TOO_MANY_PAGES);
				}
				Deadline deadline = Deadline.in(this.limits.fileTimeout());
				PageReading reading = new PageReading(this.limits, deadline);
				List<Future<PageText>> pages = new ArrayList<>(frames);
				KeptPages kept = new KeptPages(this.shared, file);
				int taken = 0;
				for (int frame = 0; frame < frames; frame++) {
					if (deadline.passed()) {
						return new Extraction.Failed(file, reading.fileOverDeadline(), SetAsideKind.DEADLINE);
					}
					long pixels = ImageFrames.pixels(reader, frame);
					if (this.imageFrames.overLimit(pixels)) {
						return new Extraction.Failed(file,
								"trang %d khai báo %d × %d điểm ảnh, vượt giới hạn %d (luutru.extraction.max-image-pixels)"
									.formatted(frame + 1, reader.getWidth(frame), reader.getHeight(frame),
											this.properties.maxImagePixels()),
								SetAsideKind.IMAGE_TOO_LARGE);
					}
					PageText stored = kept.find(frame + 1).orElse(null);
					taken += (stored != null) ? 1 : 0;
					pages.add(frame(reader, frame, pixels, scans, stored));
				}
				if (taken > 0) {
					log.info("This worker takes {} page(s) of {} from the pages OCR'd across workers", taken,
							file.file().fileName());
				}
				return reading.collect(file, metadata, pages, scans);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | IllegalArgumentException | IndexOutOfBoundsException ex) {
			// ImageIO plugins report damaged data as IOException or as
			// IllegalArgument/IndexOutOfBounds.
			return new Extraction.Failed(file,
					"không đọc được ảnh (tệp hỏng hoặc chưa sao chép xong): " + ex.getMessage(),
					SetAsideKind.UNREADABLE);
		}
	}

	/**
	 * One frame queued for OCR, or taken as another worker OCR'd it ({@code stored}), or
	 * recorded as failed when only that frame is damaged (a multi-page TIFF with one bad
	 * strip keeps its other pages).
	 */
	private Future<PageText> frame(ImageReader reader, int frame, long pixels, @Nullable PageScans scans,
			@Nullable PageText stored) {
		try {
			int dpi = ImageFrames.dpi(reader, frame);
			if (this.largeFrames.isLarge(reader.getWidth(frame), reader.getHeight(frame), dpi)) {
				// Read before it returns: the reader is this thread's alone.
				return CompletableFuture.completedFuture(this.largeFrames.read(reader, frame, dpi, scans));
			}
			if (stored != null && scans == null) {
				this.recognition.countPage();
				return CompletableFuture.completedFuture(stored);
			}
			PageReading.Read.Image image = this.imageFrames.decode(reader, frame, pixels, dpi);
			if (stored != null) {
				this.recognition.countPage();
				return CompletableFuture.completedFuture(PdfPages.withScan(stored, image, scans));
			}
			return this.recognition.submit(frame + 1, image.image(), image.dpi(), scans);
		}
		catch (IOException | IllegalArgumentException | IndexOutOfBoundsException ex) {
			this.recognition.countPage();
			return CompletableFuture
				.completedFuture(PageText.failed(frame + 1, "dữ liệu ảnh của trang bị hỏng: " + ex.getMessage()));
		}
	}

}
