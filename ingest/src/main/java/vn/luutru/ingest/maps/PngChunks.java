package vn.luutru.ingest.maps;

import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.jspecify.annotations.Nullable;

/**
 * A PNG read chunk by chunk: the chunks before the image data into a {@link PngHeader},
 * then the image data inflated as a stream across its IDAT chunks, so no more of it is
 * held than a 64 KB buffer.
 */
final class PngChunks implements Closeable {

	private static final int IHDR = type("IHDR");

	private static final int IDAT = type("IDAT");

	private static final int IEND = type("IEND");

	private static final int PLTE = type("PLTE");

	private static final int TRNS = type("tRNS");

	private static final int PHYS = type("pHYs");

	private final DataInputStream in;

	private final Inflater inflater = new Inflater();

	private final byte[] compressed = new byte[64 * 1024];

	private int idatRemaining;

	/** Chunks read from {@code in}, positioned after the signature. */
	PngChunks(DataInputStream in) {
		this.in = in;
	}

	private static int type(String name) {
		byte[] b = name.getBytes(StandardCharsets.US_ASCII);
		return (b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3];
	}

	/** The first eight bytes, where a PNG has its signature. */
	byte[] signature() throws IOException {
		return this.in.readNBytes(8);
	}

	/**
	 * Reads IHDR, then PLTE, tRNS and pHYs, and stops at the first IDAT.
	 * @throws UnsupportedImage for a form the band source does not stream
	 */
	PngHeader header() throws IOException {
		if (this.in.readInt() != 13 || this.in.readInt() != IHDR) {
			throw new IOException("PNG without IHDR first");
		}
		int width = this.in.readInt();
		int height = this.in.readInt();
		int bitDepth = this.in.readUnsignedByte();
		int colourType = this.in.readUnsignedByte();
		PngHeader.check(width, height, bitDepth, colourType, this.in.readUnsignedByte(), this.in.readUnsignedByte(),
				this.in.readUnsignedByte());
		this.in.readInt();
		byte[] palette = null;
		byte[] alpha = null;
		Double dpi = null;
		while (true) {
			int length = this.in.readInt();
			int type = this.in.readInt();
			if (length < 0) {
				throw new IOException("negative PNG chunk length");
			}
			if (type == IDAT) {
				this.idatRemaining = length;
				break;
			}
			if (type == IEND) {
				throw new IOException("PNG without image data");
			}
			if (type == PLTE) {
				palette = data(length);
			}
			else if (type == TRNS) {
				alpha = data(length);
			}
			else if (type == PHYS) {
				dpi = dpi(data(length));
			}
			else {
				this.in.skipNBytes(length);
			}
			this.in.readInt();
		}
		if (colourType == 3 && palette == null) {
			throw new IOException("palette PNG without PLTE");
		}
		return new PngHeader(width, height, bitDepth, colourType, palette, alpha, dpi);
	}

	private byte[] data(int length) throws IOException {
		if (length > 4096) {
			throw new IOException("PNG chunk too long");
		}
		byte[] data = this.in.readNBytes(length);
		if (data.length < length) {
			throw new EOFException("PNG truncated");
		}
		return data;
	}

	/** pHYs in dots per metre, when its unit is the metre. */
	private static @Nullable Double dpi(byte[] data) {
		if (data.length != 9 || data[8] != 1) {
			return null;
		}
		long perMetre = ((data[0] & 0xffL) << 24) | ((data[1] & 0xff) << 16) | ((data[2] & 0xff) << 8)
				| (data[3] & 0xff);
		return (perMetre > 0) ? Math.round(perMetre * 0.0254 * 100) / 100.0 : null;
	}

	/** Inflates exactly {@code length} bytes of image data into {@code into}. */
	void inflate(byte[] into, int offset, int length) throws IOException {
		int done = 0;
		try {
			while (done < length) {
				int n = this.inflater.inflate(into, offset + done, length - done);
				done += n;
				if (n == 0) {
					if (this.inflater.finished()) {
						throw new EOFException("PNG image data ends early");
					}
					if (this.inflater.needsDictionary()) {
						throw new IOException("PNG image data needs a dictionary");
					}
					if (this.inflater.needsInput()) {
						feed();
					}
				}
			}
		}
		catch (DataFormatException ex) {
			throw new IOException("PNG image data corrupt: " + ex.getMessage(), ex);
		}
	}

	/** Gives the inflater the next piece of IDAT data, crossing chunk boundaries. */
	private void feed() throws IOException {
		while (this.idatRemaining == 0) {
			this.in.readInt();
			int length = this.in.readInt();
			int type = this.in.readInt();
			if (type != IDAT) {
				throw new EOFException("PNG image data ends early");
			}
			this.idatRemaining = length;
		}
		int n = this.in.read(this.compressed, 0, Math.min(this.compressed.length, this.idatRemaining));
		if (n < 0) {
			throw new EOFException("PNG truncated");
		}
		this.idatRemaining -= n;
		this.inflater.setInput(this.compressed, 0, n);
	}

	@Override
	public void close() throws IOException {
		this.inflater.end();
		this.in.close();
	}

}
