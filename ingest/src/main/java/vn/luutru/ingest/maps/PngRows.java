package vn.luutru.ingest.maps;

import java.io.IOException;

/**
 * The rows of a non-interlaced PNG, inflated and unfiltered one at a time: only the row
 * and the one above it (which the filters refer to) are held.
 */
final class PngRows {

	private final PngChunks chunks;

	private final int bytesPerPixel;

	private final int stride;

	private final byte[] filter = new byte[1];

	private byte[] previous;

	private byte[] current;

	PngRows(PngChunks chunks, PngHeader header) {
		this.chunks = chunks;
		this.bytesPerPixel = header.bytesPerPixel();
		this.stride = header.stride();
		this.previous = new byte[this.stride + this.bytesPerPixel];
		this.current = new byte[this.stride + this.bytesPerPixel];
	}

	/**
	 * The next row, unfiltered, after {@link PngHeader#bytesPerPixel()} zero bytes; valid
	 * until the next call.
	 */
	byte[] next() throws IOException {
		this.chunks.inflate(this.filter, 0, 1);
		this.chunks.inflate(this.current, this.bytesPerPixel, this.stride);
		unfilter(this.filter[0] & 0xff);
		byte[] row = this.current;
		this.current = this.previous;
		this.previous = row;
		return row;
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
					row[i] += (byte) paeth(row[i - bpp] & 0xff, up[i] & 0xff, up[i - bpp] & 0xff);
				}
			}
			default -> throw new IOException("unknown PNG filter " + filter);
		}
	}

	private static int paeth(int a, int b, int c) {
		int p = a + b - c;
		int pa = Math.abs(p - a);
		int pb = Math.abs(p - b);
		int pc = Math.abs(p - c);
		return (pa <= pb && pa <= pc) ? a : (pb <= pc) ? b : c;
	}

}
