package vn.luutru.archive.geo;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * A coordinate system a GeoTIFF names by its EPSG code, which the archive can bring to
 * WGS84: VN-2000 geographic (4756), UTM 48N and 49N (3405, 3406) and the TM-3 zones
 * (5897, 5899, 9205 to 9218: k0 = 0.9999, the province's central meridian), and WGS84
 * geographic (4326) and UTM 48N and 49N (32648, 32649). Thread-safe.
 *
 * @param epsg the EPSG code
 * @param name the registry's name for it
 * @param projection the projection, or null for geographic coordinates (x longitude, y
 * latitude)
 * @param vn2000 whether the datum is VN-2000 (else WGS84)
 */
public record CoordinateSystem(int epsg, String name, @Nullable TransverseMercator projection, boolean vn2000) {

	private static final Map<Integer, CoordinateSystem> KNOWN = known();

	/** The coordinate system of this EPSG code, when the archive knows it. */
	public static Optional<CoordinateSystem> of(int epsg) {
		return Optional.ofNullable(KNOWN.get(epsg));
	}

	/** The point at these coordinates (metres, or degrees when geographic) in WGS84. */
	public LonLat toWgs84(double x, double y) {
		LonLat onDatum = (this.projection != null) ? this.projection.inverse(x, y) : new LonLat(x, y);
		return this.vn2000 ? Vn2000.toWgs84(onDatum) : onDatum;
	}

	private static Map<Integer, CoordinateSystem> known() {
		Map<Integer, CoordinateSystem> known = new TreeMap<>();
		java.util.function.Consumer<CoordinateSystem> add = (crs) -> known.put(crs.epsg(), crs);
		add.accept(new CoordinateSystem(4326, "WGS 84", null, false));
		add.accept(new CoordinateSystem(4756, "VN-2000", null, true));
		add.accept(new CoordinateSystem(32648, "WGS 84 / UTM zone 48N", TransverseMercator.utm(48), false));
		add.accept(new CoordinateSystem(32649, "WGS 84 / UTM zone 49N", TransverseMercator.utm(49), false));
		add.accept(new CoordinateSystem(3405, "VN-2000 / UTM zone 48N", TransverseMercator.utm(48), true));
		add.accept(new CoordinateSystem(3406, "VN-2000 / UTM zone 49N", TransverseMercator.utm(49), true));
		add.accept(tm3(5897, 105, 0));
		add.accept(tm3(5899, 107, 45));
		// The provincial zones of the EPSG registry, 9205 "TM-3 103-00" to 9218 "TM-3
		// 108-30", in its order.
		int[][] meridians = { { 103, 0 }, { 104, 0 }, { 104, 30 }, { 104, 45 }, { 105, 30 }, { 105, 45 }, { 106, 0 },
				{ 106, 15 }, { 106, 30 }, { 107, 0 }, { 107, 15 }, { 107, 30 }, { 108, 15 }, { 108, 30 } };
		for (int i = 0; i < meridians.length; i++) {
			add.accept(tm3(9205 + i, meridians[i][0], meridians[i][1]));
		}
		return Map.copyOf(known);
	}

	private static CoordinateSystem tm3(int epsg, int degrees, int minutes) {
		return new CoordinateSystem(epsg, "VN-2000 / TM-3 %d-%02d".formatted(degrees, minutes),
				TransverseMercator.tm3(degrees + minutes / 60.0), true);
	}

}
