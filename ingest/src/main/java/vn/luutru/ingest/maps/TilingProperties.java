package vn.luutru.ingest.maps;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How large map scans are cut into IIIF level-0 tiles.
 *
 * @param tileSize side of a square tile in pixels (default 512: what viewers such as
 * OpenSeadragon and Mirador fetch efficiently, and what
 * {@code vips dzsave --layout iiif3} is benchmarked against)
 * @param jpegQuality JPEG quality of the tiles, 0 to 1 (default 0.8, as vips'
 * {@code Q=80})
 * @param pixelLimit images declaring more pixels than this are refused before any
 * decoding (default 2,000,000,000: above the 1.5 gigapixel A0 cadastral scans, below what
 * a forged header would claim)
 * @param minSideToTile images whose longest side is at least this get a tile pyramid;
 * smaller ones are shown whole (default 4000)
 * @param thumbnailSize longest side of {@code thumbnail.jpg} (default 512)
 * @param threads threads encoding tiles alongside the decoding thread (default 0: one per
 * processor core)
 * @param engine {@code vips} (default) cuts the pyramid with libvips' {@code vips dzsave}
 * in a child process, 25 to 35 times faster than the pure-Java {@code java} engine on 2
 * cores (docs/benchmarks.md) and out of the archive's heap; {@code java} uses
 * {@link MapTiler}, needing nothing installed. When the {@code vips} command is missing,
 * the Java engine is used and a warning logged.
 * @param vipsCommand the {@code vips} executable (default {@code vips}, found on the
 * PATH; Debian package {@code libvips-tools})
 * @param timeout how long one map may take before it is given up (default 30 minutes)
 * @param pdfDpi resolution PDF pages are rendered at for tiling (default 200: an A0 sheet
 * becomes 6600 × 9400 pixels, an A3 page stays under the 4000-pixel threshold and is
 * shown whole)
 */
@ConfigurationProperties("luutru.tiling")
public record TilingProperties(@DefaultValue("512") int tileSize, @DefaultValue("0.8") float jpegQuality,
		@DefaultValue("2000000000") long pixelLimit, @DefaultValue("4000") int minSideToTile,
		@DefaultValue("512") int thumbnailSize, @DefaultValue("0") int threads, @DefaultValue("vips") String engine,
		@DefaultValue("vips") String vipsCommand, @DefaultValue("30m") java.time.Duration timeout,
		@DefaultValue("200") int pdfDpi) {

	/** The defaults, for code and tests that run without Spring. */
	public static TilingProperties defaults() {
		return new TilingProperties(512, 0.8f, 2_000_000_000L, 4000, 512, 0, "vips", "vips",
				java.time.Duration.ofMinutes(30), 200);
	}

	/** The defaults with the pure-Java engine. */
	public static TilingProperties javaEngine() {
		TilingProperties d = defaults();
		return new TilingProperties(d.tileSize, d.jpegQuality, d.pixelLimit, d.minSideToTile, d.thumbnailSize,
				d.threads, "java", d.vipsCommand, d.timeout, d.pdfDpi);
	}

	/** How many threads encode tiles. */
	public int effectiveThreads() {
		return (this.threads > 0) ? this.threads : Runtime.getRuntime().availableProcessors();
	}

	/**
	 * Whether an image of this size gets a tile pyramid rather than being shown whole.
	 */
	public boolean shouldTile(int width, int height) {
		return Math.max(width, height) >= this.minSideToTile;
	}

}
