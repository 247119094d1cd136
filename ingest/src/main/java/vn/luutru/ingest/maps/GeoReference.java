package vn.luutru.ingest.maps;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where a GeoTIFF sits on the ground, from its ModelTiepointTag and ModelPixelScaleTag,
 * so a map viewer can place it and show a scale bar without GDAL.
 *
 * @param epsg EPSG code of the projected (ProjectedCSTypeGeoKey) or geographic
 * (GeographicTypeGeoKey) coordinate system; {@code null} when the keys do not name one
 * @param tiePoints raster point (i, j, k) to model point (x, y, z), six numbers each
 * @param pixelScaleX model units per pixel along x
 * @param pixelScaleY model units per pixel along y (positive: y grows northwards)
 * @param projected whether the CRS is projected in metres (so pixel scales are metres)
 */
public record GeoReference(@Nullable Integer epsg, List<TiePoint> tiePoints, double pixelScaleX, double pixelScaleY,
		boolean projected) {

	public GeoReference {
		tiePoints = List.copyOf(tiePoints);
	}

	/** One ModelTiepointTag entry: raster (i, j) maps to model (x, y). */
	public record TiePoint(double i, double j, double k, double x, double y, double z) {
	}

	/** A model-space coordinate. */
	public record Corner(double x, double y) {
	}

	/**
	 * The model coordinates of the four image corners, upper-left, upper-right,
	 * lower-right, lower-left; empty without a tie point.
	 */
	public List<Corner> footprint(int width, int height) {
		if (this.tiePoints.isEmpty()) {
			return List.of();
		}
		return List.of(at(0, 0), at(width, 0), at(width, height), at(0, height));
	}

	/** Metres per pixel, when the coordinate system is projected in metres. */
	public @Nullable Double metresPerPixel() {
		return this.projected ? (this.pixelScaleX + this.pixelScaleY) / 2 : null;
	}

	private Corner at(double i, double j) {
		TiePoint t = this.tiePoints.get(0);
		return new Corner(t.x() + (i - t.i()) * this.pixelScaleX, t.y() - (j - t.j()) * this.pixelScaleY);
	}

}
