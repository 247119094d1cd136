package vn.luutru.ingest.extraction;

import java.io.IOException;

import javax.imageio.ImageReader;

import org.jspecify.annotations.Nullable;

/**
 * Reads an image frame too large to read whole and downsampled, such as an A0 map sheet,
 * another way (the map reader reads it region by region). Extraction asks it about every
 * frame before decoding one.
 *
 * <p>
 * Called on the extracting thread, which owns the {@link ImageReader}; the frame is read
 * before the call returns.
 */
public interface LargeFrames {

	/** Frames are never large: every frame is read whole. */
	LargeFrames NONE = new LargeFrames() {

		@Override
		public boolean isLarge(int width, int height, int dpi) {
			return false;
		}

		@Override
		public PageText read(ImageReader reader, int frame, int dpi, @Nullable PageScans scans) {
			throw new IllegalStateException("No frame is large");
		}

	};

	/**
	 * Whether a frame of this size and stated resolution is read by {@link #read} rather
	 * than whole.
	 */
	boolean isLarge(int width, int height, int dpi);

	/**
	 * Reads one large frame into its page's text.
	 * @param frame the 0-based frame; the page is the next number
	 * @param dpi the frame's stated resolution
	 * @param scans where to keep the page's image for the searchable PDF, or null
	 * @throws IOException when the frame's size cannot be read
	 */
	PageText read(ImageReader reader, int frame, int dpi, @Nullable PageScans scans) throws IOException;

}
