package vn.luutru.ingest.tiling;

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

}
