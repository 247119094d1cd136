package vn.luutru.archive.storage;

import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;

/**
 * The JDK's own image writers. Other ImageIO plugins on the class path (TwelveMonkeys'
 * TIFF plugin, for reading maps) register writers too, in no fixed order, and they differ
 * in what they support (tiled TIFF output, the JDK's metadata formats for the DPI).
 */
public final class JdkImageWriters {

	private JdkImageWriters() {
	}

	/** The JDK's writer for the format, or the first one registered when it has none. */
	public static ImageWriter of(String format) {
		ImageWriter first = null;
		for (Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format); writers.hasNext();) {
			ImageWriter writer = writers.next();
			if (writer.getClass().getName().startsWith("com.sun.imageio.")) {
				return writer;
			}
			if (first == null) {
				first = writer;
			}
		}
		if (first == null) {
			throw new IllegalArgumentException("No ImageIO writer for " + format);
		}
		return first;
	}

}
