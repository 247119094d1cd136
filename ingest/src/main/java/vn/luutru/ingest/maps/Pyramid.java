package vn.luutru.ingest.maps;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Builds every level of the pyramid in one pass over the source, the way vips does: each
 * level holds one band of {@code tileSize} rows; when the band is full its row of tiles
 * is handed to the {@link TileSink} and its rows, halved by a 2×2 box filter, go down to
 * the next level. The levels' bands sum to under twice the full-resolution band, whatever
 * the image height.
 */
final class Pyramid {

	/** Receives each level band as it fills. */
	interface TileSink {

		/**
		 * A full band of {@code level}: {@code rows} rows of {@code width} pixels
		 * starting at level row {@code y}. The band is reused once this returns.
		 */
		void band(Level level, int y, int rows, byte[] pixels) throws IOException;

	}

	/** One level: its scale factor and size, and its band being filled. */
	static final class Level {

		final int index;

		final int scale;

		final int width;

		final int height;

		final byte[] band;

		int bandY;

		int filled;

		@Nullable Level next;

		Level(int index, int width, int height, int tileSize, int channels) {
			this.index = index;
			this.scale = 1 << index;
			this.width = width;
			this.height = height;
			this.band = new byte[Math.multiplyExact(Math.multiplyExact(width, Math.min(tileSize, height)), channels)];
		}

	}

	private final List<Level> levels;

	private final int tileSize;

	private final int channels;

	private final TileSink sink;

	Pyramid(int width, int height, int tileSize, int channels, TileSink sink) {
		this.tileSize = tileSize;
		this.channels = channels;
		this.sink = sink;
		this.levels = new ArrayList<>();
		int w = width;
		int h = height;
		Level previous = null;
		for (int i = 0;; i++) {
			Level level = new Level(i, w, h, tileSize, channels);
			if (previous != null) {
				previous.next = level;
			}
			this.levels.add(level);
			previous = level;
			if (w <= tileSize && h <= tileSize) {
				break;
			}
			w = (w + 1) / 2;
			h = (h + 1) / 2;
		}
	}

	/** Levels from full resolution down to the one that fits a single tile. */
	List<Level> levels() {
		return this.levels;
	}

	/** Bytes of all the levels' bands together, for the memory check before decoding. */
	static long bandBytes(int width, int height, int tileSize, int channels) {
		long total = 0;
		long w = width;
		long h = height;
		while (true) {
			total += w * Math.min(tileSize, h) * channels;
			if (w <= tileSize && h <= tileSize) {
				return total;
			}
			w = (w + 1) / 2;
			h = (h + 1) / 2;
		}
	}

	/** The full-resolution band for the source to fill. */
	byte[] firstBand() {
		return this.levels.get(0).band;
	}

	/** Rows the next source read should give: a band, or what is left. */
	int nextRows() {
		Level top = this.levels.get(0);
		return Math.min(this.tileSize, top.height - top.bandY);
	}

	/** The source has filled {@code rows} rows of {@link #firstBand()}. */
	void filled(int rows) throws IOException {
		Level top = this.levels.get(0);
		top.filled = rows;
		flush(top);
	}

	private void flush(Level level) throws IOException {
		this.sink.band(level, level.bandY, level.filled, level.band);
		Level next = level.next;
		if (next != null) {
			int rowBytes = level.width * this.channels;
			for (int r = 0; r < level.filled; r += 2) {
				int below = (r + 1 < level.filled) ? r + 1 : r;
				shrinkRow(level.band, r * rowBytes, below * rowBytes, level.width, next.band,
						next.filled * next.width * this.channels, next.width);
				next.filled++;
				if (next.filled == this.tileSize || next.bandY + next.filled == next.height) {
					flush(next);
				}
			}
		}
		level.bandY += level.filled;
		level.filled = 0;
	}

	/** Two rows averaged 2×2 into one; an odd last column averages with itself. */
	private void shrinkRow(byte[] src, int top, int bottom, int width, byte[] dst, int out, int outWidth) {
		int c = this.channels;
		int last = (width - 1) * c;
		for (int x = 0; x < outWidth; x++) {
			int left = 2 * x * c;
			int right = Math.min(left + c, last);
			for (int k = 0; k < c; k++) {
				int sum = (src[top + left + k] & 0xff) + (src[top + right + k] & 0xff) + (src[bottom + left + k] & 0xff)
						+ (src[bottom + right + k] & 0xff);
				dst[out++] = (byte) ((sum + 2) >> 2);
			}
		}
	}

}
