package vn.luutru.archive.geo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Known points: a degree of latitude is about 111 km, so 1e-5° is about a metre.
 */
class CoordinateSystemTests {

	private static final double METRE = 1e-5;

	@Test
	void inverseOfSnydersWorkedExample() {
		// Snyder, Map Projections: A Working Manual (USGS 1395), p. 269: 40.5°N 73.5°W on
		// the Clarke 1866 ellipsoid is x = 127,106.5 m, y = 4,484,124.4 m in UTM zone 18.
		double clarkeF = 1 - Math.sqrt(1 - 0.00676866);
		TransverseMercator zone18 = new TransverseMercator(6378206.4, clarkeF, -75, 0.9996, 500_000, 0);

		LonLat point = zone18.inverse(627_106.5, 4_484_124.4);

		assertThat(point.lon()).isCloseTo(-73.5, within(METRE));
		assertThat(point.lat()).isCloseTo(40.5, within(METRE));
	}

	@Test
	void centralMeridianNorthingIsTheScaledMeridianArc() {
		// The WGS84 meridian arc from the equator to 10°N is 1,105,854.83 m.
		LonLat point = CoordinateSystem.of(32648).orElseThrow().toWgs84(500_000, 0.9996 * 1_105_854.83);

		assertThat(point.lon()).isCloseTo(105, within(1e-9));
		assertThat(point.lat()).isCloseTo(10, within(1e-7));
	}

	@Test
	void vn2000ProvincialZoneToWgs84() {
		// A point of Đồng Tháp's TM-3 zone (central meridian 105°00', EPSG:5897) and its
		// WGS84 position by PROJ's algorithms with the published seven parameters.
		LonLat point = CoordinateSystem.of(5897).orElseThrow().toWgs84(557_975.802, 1_142_228.861);

		assertThat(point.lon()).isCloseTo(105.53115606, within(METRE / 10));
		assertThat(point.lat()).isCloseTo(10.32843706, within(METRE / 10));
	}

	@Test
	void theDatumShiftMovesAPointByAboutTwoHundredMetres() {
		CoordinateSystem vn2000 = CoordinateSystem.of(3405).orElseThrow();
		CoordinateSystem wgs84 = CoordinateSystem.of(32648).orElseThrow();

		LonLat shifted = vn2000.toWgs84(585_000, 1_110_000);
		LonLat unshifted = wgs84.toWgs84(585_000, 1_110_000);

		double metres = Math.hypot((shifted.lon() - unshifted.lon()) * 111_320 * Math.cos(Math.toRadians(10)),
				(shifted.lat() - unshifted.lat()) * 110_600);
		assertThat(metres).isBetween(100.0, 400.0);
	}

	@Test
	void forwardUndoesInverse() {
		TransverseMercator zone = TransverseMercator.tm3(105.75);
		double[] projected = zone.forward(new LonLat(106.7, 10.78));

		LonLat back = zone.inverse(projected[0], projected[1]);

		assertThat(back.lon()).isCloseTo(106.7, within(1e-9));
		assertThat(back.lat()).isCloseTo(10.78, within(1e-9));
	}

	@Test
	void provincialZonesFollowTheRegistry() {
		assertThat(CoordinateSystem.of(9210).orElseThrow().name()).isEqualTo("VN-2000 / TM-3 105-45");
		assertThat(CoordinateSystem.of(9218).orElseThrow().name()).isEqualTo("VN-2000 / TM-3 108-30");
		assertThat(CoordinateSystem.of(9210).orElseThrow().projection().centralMeridian()).isEqualTo(105.75);
		assertThat(CoordinateSystem.of(2000)).isEmpty();
	}

}
