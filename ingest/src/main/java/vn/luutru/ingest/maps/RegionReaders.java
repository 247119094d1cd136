package vn.luutru.ingest.maps;

import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Picks the reader that decodes a large map's regions. TwelveMonkeys' TIFF reader (which
 * {@code ImageIO} may list first once its plugins are registered) fails on regions of a
 * tiled TIFF that start right of and below its origin ("(x + width) is outside of
 * Raster"), so for a TIFF the JDK's own reader decodes the regions whenever it can read
 * the file; it cannot read BigTIFF, which stays with the reader ImageIO chose.
 *
 * <p>
 * Not thread-safe, like the readers it returns: the caller decodes regions one at a time.
 */
final class RegionReaders {

	private RegionReaders() {
	}

	/**
	 * The reader for the regions of {@code frame}: {@code reader} itself, or the JDK's
	 * TIFF reader on the same input. The caller disposes a returned reader that is not
	 * {@code reader}.
	 */
	static ImageReader of(ImageReader reader, int frame) {
		if (!reader.getClass().getName().startsWith("com.twelvemonkeys.imageio.plugins.tiff")
				|| !(reader.getInput() instanceof ImageInputStream input)) {
			return reader;
		}
		int width;
		int height;
		try {
			// Read (and kept) by the chosen reader before the stream is moved for
			// another.
			width = reader.getWidth(frame);
			height = reader.getHeight(frame);
		}
		catch (IOException ex) {
			return reader;
		}
		for (Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("tiff"); readers.hasNext();) {
			ImageReader candidate = readers.next();
			if (!candidate.getClass().getName().startsWith("com.sun.imageio.plugins.tiff")) {
				candidate.dispose();
				continue;
			}
			try {
				// The JDK's reader reads the header where the stream stands.
				input.seek(0);
				candidate.setInput(input, false, true);
				if (candidate.getWidth(frame) == width && candidate.getHeight(frame) == height) {
					return candidate;
				}
			}
			catch (IOException | RuntimeException ex) {
				// BigTIFF or a codec the JDK lacks: the original reader it is.
			}
			candidate.dispose();
		}
		return reader;
	}

}
