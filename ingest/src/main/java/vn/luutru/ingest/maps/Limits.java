package vn.luutru.ingest.maps;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The checks made on the declared size before any pixel is decoded, so that a forged
 * header or a decompression bomb becomes a refusal instead of an {@link OutOfMemoryError}
 * that would take the whole ingestion job down.
 */
final class Limits {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private Limits() {
	}

	/** The refusal reason, or {@code null} when the image may be tiled. */
	static @Nullable String check(int width, int height, int channels, int tileSize, TilingProperties properties) {
		String declared = checkDeclared(width, height, properties);
		if (declared != null) {
			return declared;
		}
		return checkHeap(width, height, channels, tileSize);
	}

	/**
	 * The refusal for the declared size alone (engines that do not decode in the heap).
	 */
	static @Nullable String checkDeclared(int width, int height, TilingProperties properties) {
		if (width <= 0 || height <= 0) {
			return "Kích thước ảnh không hợp lệ: %d × %d (declared dimensions are not positive)".formatted(width,
					height);
		}
		long pixels = (long) width * height;
		if (pixels > properties.pixelLimit()) {
			return "Ảnh quá lớn: %d × %d = %s gigapixel vượt giới hạn %s gigapixel (declared %d × %d = %d pixels > luutru.tiling.pixel-limit %d)"
				.formatted(width, height, giga(pixels), giga(properties.pixelLimit()), width, height, pixels,
						properties.pixelLimit());
		}
		return null;
	}

	private static @Nullable String checkHeap(int width, int height, int channels, int tileSize) {
		// The level bands, the decoder's own copy of a band (up to 4 bytes a pixel) and
		// about
		// one band of tiles waiting for an encoder.
		long bands = Pyramid.bandBytes(width, height, tileSize, channels);
		long band = (long) width * Math.min(tileSize, height);
		long needed = bands + band * 4 + band * channels;
		Runtime runtime = Runtime.getRuntime();
		long available = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
		if (needed > available) {
			return "Ảnh quá rộng cho bộ nhớ hiện có: cần khoảng %d MB, còn %d MB (bands of %d px wide need %d bytes, %d bytes of heap available)"
				.formatted(needed >> 20, available >> 20, width, needed, available);
		}
		return null;
	}

	private static String giga(long pixels) {
		DecimalFormat format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(VIETNAMESE));
		return format.format(pixels / 1e9);
	}

}
