package vn.luutru.ingest.maps;

import java.util.Objects;

/**
 * One unfiltered PNG row turned into the tiler's layout: grey, or blue-green-red,
 * transparency flattened onto white paper, low-bit grey stretched to 0–255 and palette
 * indices looked up.
 */
final class PngPixels {

	private final PngHeader header;

	private final int channels;

	PngPixels(PngHeader header) {
		this.header = header;
		this.channels = header.channels();
	}

	/**
	 * Converts a row from {@link PngRows#next()} into {@code into} at {@code out}.
	 */
	void convert(byte[] row, byte[] into, int out) {
		int p = this.header.bytesPerPixel();
		int width = this.header.width();
		switch (this.header.colourType()) {
			case 0 -> {
				if (this.header.bitDepth() == 8) {
					System.arraycopy(row, p, into, out, width);
				}
				else {
					lowBitGrey(row, into, out);
				}
			}
			case 4 -> {
				for (int x = 0; x < width; x++, p += 2) {
					into[out++] = (byte) Pixels.onWhite(row[p] & 0xff, row[p + 1] & 0xff);
				}
			}
			case 2 -> {
				for (int x = 0; x < width; x++, p += 3) {
					into[out++] = row[p + 2];
					into[out++] = row[p + 1];
					into[out++] = row[p];
				}
			}
			case 6 -> {
				for (int x = 0; x < width; x++, p += 4) {
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
		int bits = this.header.bitDepth();
		int mask = (1 << bits) - 1;
		for (int x = 0; x < this.header.width(); x++) {
			into[out++] = (byte) (sample(row, x) * 255 / mask);
		}
	}

	private void indexed(byte[] row, byte[] into, int out) {
		byte[] plte = Objects.requireNonNull(this.header.palette(), "checked when the header was read");
		byte[] trns = this.header.paletteAlpha();
		int colours = plte.length / 3;
		for (int x = 0; x < this.header.width(); x++) {
			int i = Math.min(sample(row, x), colours - 1);
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

	/**
	 * The {@code x}th sample of a row of samples under 8 bits, packed from the high bit.
	 */
	private int sample(byte[] row, int x) {
		int bits = this.header.bitDepth();
		int perByte = 8 / bits;
		int b = row[this.header.bytesPerPixel() + x / perByte] & 0xff;
		int shift = 8 - bits * (x % perByte + 1);
		return (b >>> shift) & ((1 << bits) - 1);
	}

}
