package vn.luutru.ingest.maps;

import java.util.ArrayList;
import java.util.List;

/**
 * The overlapping regions a large map is read in, in reading order (row by row, left to
 * right), in the pixels of the full image.
 *
 * <p>
 * A region is {@code size} pixels a side as OCR reads it, that is {@code size × step}
 * pixels of the full image when the scan is subsampled; neighbouring regions overlap by
 * {@code overlap} read pixels so that a word cut by one region's edge lies whole in the
 * next. Each overlap is split in the middle: a word belongs to the region that owns its
 * centre, so it is kept exactly once. Region origins fall on multiples of the step, so
 * the subsampling grid of every region is the grid of the whole image.
 */
record MapRegions(int width, int height, int step, List<Region> regions) {

	/**
	 * One region.
	 *
	 * @param row 0-based row of regions, top first
	 * @param column 0-based column, left first
	 * @param x left edge in the full image
	 * @param y top edge
	 * @param width width in the full image's pixels
	 * @param height height
	 * @param ownX0 left edge of the part whose words this region keeps
	 * @param ownY0 top edge of that part
	 * @param ownX1 right edge (exclusive)
	 * @param ownY1 bottom edge (exclusive)
	 */
	record Region(int row, int column, int x, int y, int width, int height, int ownX0, int ownY0, int ownX1,
			int ownY1) {

		/**
		 * Whether a box's centre, in full-image pixels, lies in the part this region
		 * owns.
		 */
		boolean owns(int x0, int y0, int x1, int y1) {
			// Twice the centre, to stay in integers.
			long cx = (long) x0 + x1;
			long cy = (long) y0 + y1;
			return cx >= 2L * this.ownX0 && cx < 2L * this.ownX1 && cy >= 2L * this.ownY0 && cy < 2L * this.ownY1;
		}

		/** Pixels of this region as decoded (after subsampling by {@code step}). */
		long decodedPixels(int step) {
			return (long) ceilDiv(this.width, step) * ceilDiv(this.height, step);
		}

	}

	/**
	 * The regions of an image.
	 * @param width the full image's width
	 * @param height its height
	 * @param step the subsampling step each way (1: every pixel)
	 * @param size a region's side in read (subsampled) pixels
	 * @param overlap the overlap of neighbouring regions in read pixels, less than half
	 * the size
	 */
	static MapRegions of(int width, int height, int step, int size, int overlap) {
		if (width <= 0 || height <= 0 || step <= 0) {
			throw new IllegalArgumentException("Bad image %d × %d, step %d".formatted(width, height, step));
		}
		if (overlap < 0 || 2 * overlap >= size) {
			throw new IllegalArgumentException(
					"The overlap (%d) must be under half the region size (%d)".formatted(overlap, size));
		}
		int[][] columns = spans(width, (long) size * step, (long) (size - overlap) * step);
		int[][] rows = spans(height, (long) size * step, (long) (size - overlap) * step);
		List<Region> regions = new ArrayList<>(rows.length * columns.length);
		for (int r = 0; r < rows.length; r++) {
			for (int c = 0; c < columns.length; c++) {
				int[] across = columns[c];
				int[] down = rows[r];
				regions.add(new Region(r, c, across[0], down[0], across[1], down[1], across[2], down[2], across[3],
						down[3]));
			}
		}
		return new MapRegions(width, height, step, List.copyOf(regions));
	}

	/** Rows of regions. */
	int rows() {
		return this.regions.isEmpty() ? 0 : this.regions.getLast().row() + 1;
	}

	/** The largest region as decoded, in pixels. */
	long largestDecodedPixels() {
		return this.regions.stream().mapToLong((region) -> region.decodedPixels(this.step)).max().orElse(0);
	}

	/**
	 * Start, length, owned start and owned end of each span along one side.
	 */
	private static int[][] spans(int length, long span, long stride) {
		int count = (length <= span) ? 1 : (int) (ceilDiv(length - span, stride) + 1);
		int[][] spans = new int[count][];
		for (int i = 0; i < count; i++) {
			long start = i * stride;
			long end = Math.min(length, start + span);
			spans[i] = new int[] { (int) start, (int) (end - start), 0, length };
		}
		for (int i = 0; i + 1 < count; i++) {
			// The overlap of span i and i + 1 is [start(i + 1), end(i)); split it in the
			// middle.
			long overlapStart = spans[i + 1][0];
			long overlapEnd = (long) spans[i][0] + spans[i][1];
			int middle = (int) ((overlapStart + overlapEnd) / 2);
			spans[i][3] = middle;
			spans[i + 1][2] = middle;
		}
		return spans;
	}

	private static long ceilDiv(long a, long b) {
		return Math.floorDiv(a + b - 1, b);
	}

	private static int ceilDiv(int a, int b) {
		return Math.floorDiv(a + b - 1, b);
	}

}
