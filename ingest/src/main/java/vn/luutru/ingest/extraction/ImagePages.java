package vn.luutru.ingest.extraction;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.jspecify.annotations.Nullable;

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
 * by the budget; large maps are read another way instead ({@link LargeFrames}).
 */
final class ImagePages {

	private static final int DEFAULT_DPI = 300;

	private final PageRecognition recognition;

	private final ExtractionProperties properties;

	private final InputLimits limits;

	private final LargeFrames largeFrames;

	ImagePages(PageRecognition recognition, ExtractionProperties properties, InputLimits limits,
			LargeFrames largeFrames) {
		this.recognition = recognition;
		this.properties = properties;
		this.limits = limits;
		this.largeFrames = largeFrames;
	}

	Extraction extract(FingerprintedFile file, FileMetadata metadata, @Nullable PageScans scans) {
		try (ImageInputStream input = ImageIO.createImageInputStream(file.path().toFile())) {
			ImageReader reader = readerFor(input);
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
				for (int frame = 0; frame < frames; frame++) {
					if (deadline.passed()) {
						return new Extraction.Failed(file, reading.fileOverDeadline(), SetAsideKind.DEADLINE);
					}
					long pixels = (long) reader.getWidth(frame) * reader.getHeight(frame);
					if (pixels > this.properties.maxImagePixels()) {
						return new Extraction.Failed(file,
								"trang %d khai báo %d × %d điểm ảnh, vượt giới hạn %d (luutru.extraction.max-image-pixels)"
									.formatted(frame + 1, reader.getWidth(frame), reader.getHeight(frame),
											this.properties.maxImagePixels()),
								SetAsideKind.IMAGE_TOO_LARGE);
					}
					pages.add(frame(reader, frame, pixels, scans));
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
	 * One frame queued for OCR, or recorded as failed when only that frame is damaged (a
	 * multi-page TIFF with one bad strip keeps its other pages).
	 */
	private Future<PageText> frame(ImageReader reader, int frame, long pixels, @Nullable PageScans scans) {
		try {
			int dpi = ImageResolution.statedDpi(reader.getImageMetadata(frame)).orElse(DEFAULT_DPI);
			if (this.largeFrames.isLarge(reader.getWidth(frame), reader.getHeight(frame), dpi)) {
				// Read before it returns: the reader is this thread's alone.
				return CompletableFuture.completedFuture(this.largeFrames.read(reader, frame, dpi, scans));
			}
			int step = subsampling(pixels);
			ImageReadParam param = reader.getDefaultReadParam();
			param.setSourceSubsampling(step, step, 0, 0);
			BufferedImage image = reader.read(frame, param);
			return this.recognition.submit(frame + 1, image, Math.max(1, dpi / step), scans);
		}
		catch (IOException | IllegalArgumentException | IndexOutOfBoundsException ex) {
			this.recognition.countPage();
			return CompletableFuture
				.completedFuture(PageText.failed(frame + 1, "dữ liệu ảnh của trang bị hỏng: " + ex.getMessage()));
		}
	}

	private int subsampling(long pixels) {
		int step = 1;
		while (pixels / ((long) step * step) > this.properties.maxOcrPixels()) {
			step++;
		}
		return step;
	}

	private static @Nullable ImageReader readerFor(ImageInputStream input) {
		Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
		return readers.hasNext() ? readers.next() : null;
	}

}
