package vn.luutru.ingest.maps;

import java.io.IOException;

import org.jspecify.annotations.Nullable;

/**
 * What a PNG states before its image data: the IHDR fields, the palette and its
 * transparency, and the resolution. Only forms the band source streams get this far.
 *
 * @param width width in pixels
 * @param height height in pixels
 * @param bitDepth bits per sample
 * @param colourType 0 grey, 2 RGB, 3 palette, 4 grey with alpha, 6 RGBA
 * @param palette the PLTE chunk, for a palette image
 * @param paletteAlpha the tRNS chunk, when there is one
 * @param dpi the resolution pHYs states in dots per metre, as dots per inch
 */
record PngHeader(int width, int height, int bitDepth, int colourType, byte @Nullable [] palette,
		byte @Nullable [] paletteAlpha, @Nullable Double dpi) {

	/**
	 * Refuses IHDR fields the band source cannot stream, before any chunk after IHDR is
	 * read.
	 * @throws UnsupportedImage for an interlaced PNG or a bit depth it does not stream
	 * @throws IOException for fields no PNG may have
	 */
	static void check(int width, int height, int bitDepth, int colourType, int compression, int filter, int interlace)
			throws IOException {
		if (width <= 0 || height <= 0) {
			throw new IOException("PNG declares " + width + " × " + height);
		}
		if (compression != 0 || filter != 0) {
			throw new IOException("unknown PNG compression or filter method");
		}
		if (interlace != 0) {
			throw new UnsupportedImage(
					"PNG xen kẽ (interlaced) chưa được hỗ trợ khi cắt mảnh; hãy lưu lại không xen kẽ",
					"interlaced (Adam7) PNG is not streamed");
		}
		samples(colourType);
		boolean supported = (bitDepth == 8) || ((colourType == 0 || colourType == 3) && bitDepth < 8);
		if (!supported) {
			throw new UnsupportedImage(
					"PNG %d bit mỗi mẫu (kiểu màu %d) chưa được hỗ trợ khi cắt mảnh".formatted(bitDepth, colourType),
					"PNG bit depth " + bitDepth + " colour type " + colourType + " is not streamed");
		}
		long rowBytes = ((long) width * samples(colourType) * bitDepth + 7) / 8;
		if (rowBytes > Integer.MAX_VALUE - 16) {
			throw new IOException("PNG row too long");
		}
	}

	private static int samples(int colourType) throws IOException {
		return switch (colourType) {
			case 0, 3 -> 1;
			case 2 -> 3;
			case 4 -> 2;
			case 6 -> 4;
			default -> throw new IOException("unknown PNG colour type " + colourType);
		};
	}

	/** Bytes a row holds after its filter byte. */
	int stride() {
		return (int) (((long) this.width * samplesPerPixel() * this.bitDepth + 7) / 8);
	}

	/** Bytes a pixel spans for unfiltering, at least one. */
	int bytesPerPixel() {
		return Math.max(1, samplesPerPixel() * this.bitDepth / 8);
	}

	/** 1 for grey (and a palette of greys), 3 for colour. */
	int channels() {
		return switch (this.colourType) {
			case 0, 4 -> 1;
			case 3 -> greyPalette() ? 1 : 3;
			default -> 3;
		};
	}

	private int samplesPerPixel() {
		return switch (this.colourType) {
			case 2 -> 3;
			case 4 -> 2;
			case 6 -> 4;
			default -> 1;
		};
	}

	private boolean greyPalette() {
		byte[] plte = this.palette;
		if (plte == null) {
			return false;
		}
		for (int i = 0; i + 2 < plte.length; i += 3) {
			if (plte[i] != plte[i + 1] || plte[i + 1] != plte[i + 2]) {
				return false;
			}
		}
		return true;
	}

}
