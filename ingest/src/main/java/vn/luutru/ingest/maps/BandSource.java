package vn.luutru.ingest.maps;

import java.io.Closeable;
import java.io.IOException;

import org.jspecify.annotations.Nullable;

/**
 * An image read top to bottom in bands of rows, so only one band is ever decoded at a
 * time. Pixels are bytes, one per channel: grey, or blue-green-red (the order of
 * {@code TYPE_3BYTE_BGR}, so tiles need no reordering before JPEG encoding).
 */
interface BandSource extends Closeable {

	int width();

	int height();

	/** 1 (grey) or 3 (BGR); known before the first band is read. */
	int channels();

	/**
	 * Decodes the next {@code rows} rows into the start of {@code into}, row after row,
	 * {@code width() * channels()} bytes each.
	 */
	void read(int rows, byte[] into) throws IOException;

	/** Dots per inch stated by the file, {@code null} when absent. */
	default @Nullable Double dpi() {
		return null;
	}

	/** The GeoTIFF georeference, {@code null} for anything else. */
	default @Nullable GeoReference geo() {
		return null;
	}

	@Override
	default void close() throws IOException {
	}

}
