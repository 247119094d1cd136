package vn.luutru.ingest.maps;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.jspecify.annotations.Nullable;

/**
 * A streaming PNG decoder: IDAT data is inflated and unfiltered row by row as bands are
 * asked for, so a 1-gigapixel PNG costs two rows plus a band. ImageIO's PNG reader
 * restarts from the top for every source region, which is quadratic in the height.
 * Handles non-interlaced 8-bit grey with alpha, RGB and RGBA, and grey and palettes of 1
 * to 8 bits; anything else is refused through {@link UnsupportedImage} before decoding.
 */
final class PngBandSource implements BandSource {

	static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private final DataInputStream in;

	private final int width;

	private final int height;

	private final int bitDepth;

	private final int colourType;

	private final int bytesPerPixel;

	private final int stride;

	private byte @Nullable [] palette;

	private byte @Nullable [] paletteAlpha;

	private @Nullable Double dpi;

	private int channels;

	private int idatRemaining;

	private final Inflater inflater = new Inflater();

	private final byte[] compressed = new byte[64 * 1024];

	private byte[] previous;

	private byte[] current;

	private PngBandSource(DataInputStream in) throws IOException {
		this.in = in;
		int length = in.readInt();
		if (length != 13 || in.readInt() != chunk("IHDR")) {
			throw new IOException("PNG without IHDR first");
		}
		this.width = in.readInt();
		this.height = in.readInt();
		this.bitDepth = in.readUnsignedByte();
		this.colourType = in.readUnsignedByte();
		int compression = in.readUnsignedByte();
		int filter = in.readUnsignedByte();
		int interlace = in.readUnsignedByte();
		in.readInt();
		if (this.width <= 0 || this.height <= 0) {
			throw new IOException("PNG declares " + this.width + " × " + this.height);
		}
		if (compression != 0 || filter != 0) {
			throw new IOException("unknown PNG compression or filter method");
		}
		if (interlace != 0) {
			throw new UnsupportedImage(
					"PNG xen kẽ (interlaced) chưa được hỗ trợ khi cắt mảnh; hãy lưu lại không xen kẽ",
					"interlaced (Adam7) PNG is not streamed");
		}
		int samples = switch (this.colourType) {
			case 0 -> 1;
			case 2 -> 3;
			case 3 -> 1;
			case 4 -> 2;
			case 6 -> 4;
			default -> throw new IOException("unknown PNG colour type " + this.colourType);
		};
		boolean supported = (this.bitDepth == 8)
				|| ((this.colourType == 0 || this.colourType == 3) && this.bitDepth < 8);
		if (!supported) {
			throw new UnsupportedImage(
					"PNG %d bit mỗi mẫu (kiểu màu %d) chưa được hỗ trợ khi cắt mảnh".formatted(this.bitDepth,
							this.colourType),
					"PNG bit depth " + this.bitDepth + " colour type " + this.colourType + " is not streamed");
		}
		this.bytesPerPixel = Math.max(1, samples * this.bitDepth / 8);
		long rowBytes = ((long) this.width * samples * this.bitDepth + 7) / 8;
		if (rowBytes > Integer.MAX_VALUE - 16) {
			throw new IOException("PNG row too long");
		}
		this.stride = (int) rowBytes;
		this.channels = (this.colourType == 0 || this.colourType == 4) ? 1 : 3;
		this.previous = new byte[0];
		this.current = new byte[0];
		readUntilImageData();
	}

	/** Opens {@code file} and reads the chunks before the image data. */
	static PngBandSource open(Path file) throws IOException {
		DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 64 * 1024));
		try {
			byte[] signature = in.readNBytes(8);
			if (!java.util.Arrays.equals(signature, SIGNATURE)) {
				throw new IOException("not a PNG");
			}
			return new PngBandSource(in);
		}
		catch (IOException | RuntimeException ex) {
			in.close();
			throw ex;
		}
	}

	private static int chunk(String name) {
		byte[] b = name.getBytes(StandardCharsets.US_ASCII);
		return (b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3];
	}

	/** Reads PLTE, tRNS and pHYs, and stops at the first IDAT. */
	private void readUntilImageData() throws IOException {
		while (true) {
			int length = this.in.readInt();
			int type = this.in.readInt();
			if (length < 0) {
				throw new IOException("negative PNG chunk length");
			}
			if (type == chunk("IDAT")) {
				this.idatRemaining = length;
				break;
			}
			if (type == chunk("IEND")) {
				throw new IOException("PNG without image data");
			}
			if (type == chunk("PLTE") || type == chunk("tRNS") || type == chunk("pHYs")) {
				if (length > 4096) {
					throw new IOException("PNG chunk too long");
				}
				byte[] data = this.in.readNBytes(length);
				if (data.length < length) {
					throw new EOFException("PNG truncated");
				}
				if (type == chunk("PLTE")) {
					this.palette = data;
				}
				else if (type == chunk("tRNS")) {
					this.paletteAlpha = data;
				}
				else if (length == 9 && data[8] == 1) {
					long perMetre = ((data[0] & 0xffL) << 24) | ((data[1] & 0xff) << 16) | ((data[2] & 0xff) << 8)
							| (data[3] & 0xff);
					this.dpi = (perMetre > 0) ? Math.round(perMetre * 0.0254 * 100) / 100.0 : null;
				}
			}
			else {
				this.in.skipNBytes(length);
			}
			this.in.readInt();
		}
		if (this.colourType == 3) {
			byte[] plte = this.palette;
			if (plte == null) {
				throw new IOException("palette PNG without PLTE");
			}
			boolean grey = true;
			for (int i = 0; i + 2 < plte.length; i += 3) {
				grey &= plte[i] == plte[i + 1] && plte[i + 1] == plte[i + 2];
			}
			this.channels = grey ? 1 : 3;
		}
		this.previous = new byte[this.stride + this.bytesPerPixel];
		this.current = new byte[this.stride + this.bytesPerPixel];
	}

	@Override
	public int width() {
		return this.width;
	}

	@Override
	public int height() {
		return this.height;
	}

	@Override
	public int channels() {
		return this.channels;
	}

	@Override
	public @Nullable Double dpi() {
		return this.dpi;
	}

	@Override
	public void read(int rows, byte[] into) throws IOException {
		for (int r = 0; r < rows; r++) {
			int filter = inflateByte();
			inflateFully(this.current, this.bytesPerPixel, this.stride);
			unfilter(filter);
			convert(this.current, into, r * this.width * this.channels);
			byte[] swap = this.previous;
			this.previous = this.current;
			this.current = swap;
		}
	}

	private final byte[] one = new byte[1];

	private int inflateByte() throws IOException {
		inflateFully(this.one, 0, 1);
		return this.one[0] & 0xff;
	}

	private void inflateFully(byte[] into, int offset, int length) throws IOException {
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
			if (type != chunk("IDAT")) {
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

	private void unfilter(int filter) throws IOException {
		byte[] row = this.current;
		byte[] up = this.previous;
		int bpp = this.bytesPerPixel;
		int end = bpp + this.stride;
		switch (filter) {
			case 0 -> {
			}
			case 1 -> {
				for (int i = bpp; i < end; i++) {
					row[i] += row[i - bpp];
				}
			}
			case 2 -> {
				for (int i = bpp; i < end; i++) {
					row[i] += up[i];
				}
			}
			case 3 -> {
				for (int i = bpp; i < end; i++) {
					row[i] += (byte) (((row[i - bpp] & 0xff) + (up[i] & 0xff)) >>> 1);
				}
			}
			case 4 -> {
				for (int i = bpp; i < end; i++) {
					int a = row[i - bpp] & 0xff;
					int b = up[i] & 0xff;
					int c = up[i - bpp] & 0xff;
					int p = a + b - c;
					int pa = Math.abs(p - a);
					int pb = Math.abs(p - b);
					int pc = Math.abs(p - c);
					row[i] += (byte) ((pa <= pb && pa <= pc) ? a : (pb <= pc) ? b : c);
				}
			}
			default -> throw new IOException("unknown PNG filter " + filter);
		}
	}

	/** One unfiltered row (after {@code bytesPerPixel} zero bytes) into grey or BGR. */
	private void convert(byte[] row, byte[] into, int out) {
		int p = this.bytesPerPixel;
		switch (this.colourType) {
			case 0 -> {
				if (this.bitDepth == 8) {
					System.arraycopy(row, p, into, out, this.width);
				}
				else {
					lowBitGrey(row, into, out);
				}
			}
			case 4 -> {
				for (int x = 0; x < this.width; x++, p += 2) {
					into[out++] = (byte) Pixels.onWhite(row[p] & 0xff, row[p + 1] & 0xff);
				}
			}
			case 2 -> {
				for (int x = 0; x < this.width; x++, p += 3) {
					into[out++] = row[p + 2];
					into[out++] = row[p + 1];
					into[out++] = row[p];
				}
			}
			case 6 -> {
				for (int x = 0; x < this.width; x++, p += 4) {
					int a = row[p + 3] & 0xff;
					into[out++] = (byte) Pixels.onWhite(row[p + 2] & 0xff, a);
					into[out++] = (byte) Pixels.onWhite(row[p + 1] & 0xff, a);
					into[out++] = (byte) Pixels.onWhite(row[p] & 0xff, a);
				}
			}
			default -> indexed(row, into, out);
		}
	}

	/** Grey of 1, 2 or 4 bits, packed from the high bit, stretched to 0–255. */
	private void lowBitGrey(byte[] row, byte[] into, int out) {
		int perByte = 8 / this.bitDepth;
		int mask = (1 << this.bitDepth) - 1;
		for (int x = 0; x < this.width; x++) {
			int b = row[this.bytesPerPixel + x / perByte] & 0xff;
			int shift = 8 - this.bitDepth * (x % perByte + 1);
			into[out++] = (byte) (((b >>> shift) & mask) * 255 / mask);
		}
	}

	private void indexed(byte[] row, byte[] into, int out) {
		byte[] plte = this.palette;
		byte[] trns = this.paletteAlpha;
		int perByte = 8 / this.bitDepth;
		int mask = (1 << this.bitDepth) - 1;
		int colours = plte.length / 3;
		for (int x = 0; x < this.width; x++) {
			int b = row[this.bytesPerPixel + x / perByte] & 0xff;
			int shift = 8 - this.bitDepth * (x % perByte + 1);
			int i = Math.min((b >>> shift) & mask, colours - 1);
			int a = (trns != null && i < trns.length) ? trns[i] & 0xff : 255;
			if (this.channels == 1) {
				into[out++] = (byte) Pixels.onWhite(plte[i * 3] & 0xff, a);
			}
			else {
				into[out++] = (byte) Pixels.onWhite(plte[i * 3 + 2] & 0xff, a);
				into[out++] = (byte) Pixels.onWhite(plte[i * 3 + 1] & 0xff, a);
				into[out++] = (byte) Pixels.onWhite(plte[i * 3] & 0xff, a);
			}
		}
	}

	@Override
	public void close() throws IOException {
		this.inflater.end();
		this.in.close();
	}

	/** An image this tiler chooses not to decode. */
	static final class UnsupportedImage extends IOException {

		private final String vietnamese;

		UnsupportedImage(String vietnamese, String technical) {
			super(technical);
			this.vietnamese = vietnamese;
		}

		String vietnamese() {
			return this.vietnamese;
		}

	}

}
