package vn.luutru.ingest.maps;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A streaming PNG decoder: IDAT data is inflated and unfiltered row by row as bands are
 * asked for, so a 1-gigapixel PNG costs two rows plus a band. ImageIO's PNG reader
 * restarts from the top for every source region, which is quadratic in the height.
 * Handles non-interlaced 8-bit grey with alpha, RGB and RGBA, and grey and palettes of 1
 * to 8 bits; anything else is refused through {@link UnsupportedImage} before decoding.
 */
final class PngBandSource implements BandSource {

	static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private final PngChunks chunks;

	private final ImageHeader header;

	private final PngRows rows;

	private final PngPixels pixels;

	private PngBandSource(PngChunks chunks, PngHeader png) {
		this.chunks = chunks;
		this.header = new ImageHeader(png.width(), png.height(), png.channels(), png.dpi(), null);
		this.rows = new PngRows(chunks, png);
		this.pixels = new PngPixels(png);
	}

	/** Opens {@code file} and reads the chunks before the image data. */
	static PngBandSource open(Path file) throws IOException {
		PngChunks chunks = new PngChunks(
				new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 64 * 1024)));
		try {
			return new PngBandSource(chunks, header(chunks));
		}
		catch (IOException | RuntimeException ex) {
			chunks.close();
			throw ex;
		}
	}

	private static PngHeader header(PngChunks chunks) throws IOException {
		if (!Arrays.equals(chunks.signature(), SIGNATURE)) {
			throw new IOException("not a PNG");
		}
		return chunks.header();
	}

	@Override
	public ImageHeader header() {
		return this.header;
	}

	@Override
	public void read(int rows, byte[] into) throws IOException {
		int rowBytes = this.header.width() * this.header.channels();
		for (int r = 0; r < rows; r++) {
			this.pixels.convert(this.rows.next(), into, r * rowBytes);
		}
	}

	@Override
	public void close() throws IOException {
		this.chunks.close();
	}

}
