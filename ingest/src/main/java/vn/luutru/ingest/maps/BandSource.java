package vn.luutru.ingest.maps;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * An image read top to bottom in bands of rows, so only one band is ever decoded at a
 * time. Pixels are bytes, one per channel: grey, or blue-green-red (the order of
 * {@code TYPE_3BYTE_BGR}, so tiles need no reordering before JPEG encoding).
 */
interface BandSource extends Closeable {

	/**
	 * Opens an image file for reading in bands; only its header is read here. PNGs are
	 * streamed by {@link PngBandSource}, everything else read through ImageIO.
	 * @return {@code null} when no decoder knows the format
	 * @throws UnsupportedImage for a form that is refused rather than decoded
	 */
	static @Nullable BandSource open(Path source) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(source)) {
			head = in.readNBytes(8);
		}
		if (Arrays.equals(head, PngBandSource.SIGNATURE)) {
			return PngBandSource.open(source);
		}
		return ImageIoBandSource.open(source);
	}

	/** The image's size, channels, resolution and georeference. */
	ImageHeader header();

	/**
	 * Decodes the next {@code rows} rows into the start of {@code into}, row after row,
	 * {@code width * channels} bytes each.
	 */
	void read(int rows, byte[] into) throws IOException;

	@Override
	default void close() throws IOException {
	}

}
