package vn.luutru.ingest.maps;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a viewer and the catalogue need to know about a tiled map.
 *
 * @param width full-resolution width in pixels
 * @param height full-resolution height in pixels
 * @param tileSize side of the square tiles
 * @param scaleFactors the IIIF scale factors tiles were written for, 1 first
 * @param metresPerPixel ground (GeoTIFF in a metric projection) or paper (from the DPI)
 * size of one pixel; {@code null} when neither is known
 * @param geo the GeoTIFF georeference, {@code null} for a plain scan
 * @param dpi resolution stated in the file, {@code null} when absent
 */
public record TileInfo(int width, int height, int tileSize, List<Integer> scaleFactors, @Nullable Double metresPerPixel,
		@Nullable GeoReference geo, @Nullable Double dpi) {

	public TileInfo {
		scaleFactors = List.copyOf(scaleFactors);
	}

	/**
	 * The size of a pixel: on the ground for a georeferenced map (its pixel is not on the
	 * paper the DPI is about), else on the paper; {@code null} when neither is known.
	 */
	static @Nullable Double metresPerPixel(@Nullable GeoReference geo, @Nullable Double dpi) {
		return (geo != null) ? geo.metresPerPixel() : (dpi != null) ? 0.0254 / dpi : null;
	}

}
