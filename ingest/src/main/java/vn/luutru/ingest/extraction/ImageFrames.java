package vn.luutru.ingest.extraction;

import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.jspecify.annotations.Nullable;

/**
 * Decodes the frames of an image file (a TIFF's pages, a JPEG or PNG) for OCR within the
 * pixel limits: its declared size against {@code luutru.extraction.max-image-pixels}, its
 * stated resolution, and the frame subsampled to the OCR pixel budget so memory stays
 * bounded by it.
 *
 * <p>
 * Holds only settings and may be shared. An {@link ImageReader} is not safe to share:
 * each call works on the reader of the thread that calls it, and the frame is decoded
 * before the call returns.
 */
final class ImageFrames {

	/** The resolution assumed of a frame that states none. */
	private static final int DEFAULT_DPI = 300;

	private final ExtractionProperties properties;

	private final LargeFrames largeFrames;

	ImageFrames(ExtractionProperties properties, LargeFrames largeFrames) {
		this.properties = properties;
		this.largeFrames = largeFrames;
	}

	/** The first reader that knows the stream's format, or null when none does. */
	static @Nullable ImageReader readerFor(ImageInputStream input) {
		Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
		return readers.hasNext() ? readers.next() : null;
	}

	/** The frame's declared size in pixels, read from its header. */
	static long pixels(ImageReader reader, int frame) throws IOException {
		return (long) reader.getWidth(frame) * reader.getHeight(frame);
	}

	/** Whether the frame declares more pixels than any frame may have. */
	boolean overLimit(long pixels) {
		return pixels > this.properties.maxImagePixels();
	}

	/** The frame's stated resolution, else the one assumed. */
	static int dpi(ImageReader reader, int frame) throws IOException {
		return ImageResolution.statedDpi(reader.getImageMetadata(frame)).orElse(DEFAULT_DPI);
	}

	/**
	 * A frame for {@link PageRanges} to OCR for the pages shared across workers, read as
	 * {@link ImagePages} reads it; a frame it would not OCR whole (over the pixel limit,
	 * large, damaged) is left to the worker that assembles the file, as a failed page
	 * that is not kept.
	 */
	PageReading.Read forSharing(ImageReader reader, int frame) {
		PageReading.Read left = new PageReading.Read.Text(PageText.failed(frame + 1, "để máy ghép tệp đọc"));
		try {
			long pixels = pixels(reader, frame);
			int dpi = dpi(reader, frame);
			if (overLimit(pixels) || this.largeFrames.isLarge(reader.getWidth(frame), reader.getHeight(frame), dpi)) {
				return left;
			}
			return decode(reader, frame, pixels, dpi);
		}
		catch (IOException | IllegalArgumentException | IndexOutOfBoundsException ex) {
			// Only this frame is damaged: the assembling worker records it with the
			// reason.
			return left;
		}
	}

	/**
	 * The frame decoded subsampled to the OCR pixel budget, at its resulting resolution.
	 */
	PageReading.Read.Image decode(ImageReader reader, int frame, long pixels, int dpi) throws IOException {
		int step = subsampling(pixels);
		ImageReadParam param = reader.getDefaultReadParam();
		param.setSourceSubsampling(step, step, 0, 0);
		return new PageReading.Read.Image(reader.read(frame, param), Math.max(1, dpi / step));
	}

	private int subsampling(long pixels) {
		int step = 1;
		while (pixels / ((long) step * step) > this.properties.maxOcrPixels()) {
			step++;
		}
		return step;
	}

}
