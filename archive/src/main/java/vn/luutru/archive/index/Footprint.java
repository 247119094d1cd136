package vn.luutru.archive.index;

import java.util.ArrayList;
import java.util.List;

import vn.luutru.archive.geo.LonLat;

/**
 * A map's footprint in WGS84: the polygon of its corners as GeoJSON (kept in the source;
 * indexed as a {@code geo_shape} where the cluster has one), its envelope as four numbers
 * (what area searches compare: an envelope intersects a box exactly when four ranges
 * hold) and its centre.
 *
 * @param epsg the EPSG code of the map's own coordinate system
 * @param shape the polygon, GeoJSON
 * @param minLon the envelope's west edge
 * @param minLat its south edge
 * @param maxLon its east edge
 * @param maxLat its north edge
 * @param centre the envelope's centre
 */
public record Footprint(int epsg, Shape shape, double minLon, double minLat, double maxLon, double maxLat,
		Centre centre) {

	/**
	 * A GeoJSON polygon.
	 *
	 * @param type {@code Polygon}
	 * @param coordinates one closed ring of {@code [lon, lat]} positions
	 */
	public record Shape(String type, List<List<List<Double>>> coordinates) {
	}

	/**
	 * A {@code geo_point}.
	 *
	 * @param lat latitude
	 * @param lon longitude
	 */
	public record Centre(double lat, double lon) {
	}

	/**
	 * The footprint of these corners, in order around the map.
	 * @throws IllegalArgumentException for fewer than three corners or one off the globe
	 */
	public static Footprint of(int epsg, List<LonLat> corners) {
		if (corners.size() < 3) {
			throw new IllegalArgumentException("A footprint needs three corners at least, not " + corners.size());
		}
		List<List<Double>> ring = new ArrayList<>();
		double minLon = 180;
		double minLat = 90;
		double maxLon = -180;
		double maxLat = -90;
		for (LonLat corner : corners) {
			if (!(Math.abs(corner.lon()) <= 180 && Math.abs(corner.lat()) <= 90)) {
				throw new IllegalArgumentException("A corner is off the globe: " + corner);
			}
			ring.add(List.of(corner.lon(), corner.lat()));
			minLon = Math.min(minLon, corner.lon());
			minLat = Math.min(minLat, corner.lat());
			maxLon = Math.max(maxLon, corner.lon());
			maxLat = Math.max(maxLat, corner.lat());
		}
		ring.add(ring.getFirst());
		return new Footprint(epsg, new Shape("Polygon", List.of(ring)), minLon, minLat, maxLon, maxLat,
				new Centre((minLat + maxLat) / 2, (minLon + maxLon) / 2));
	}

}
