package vn.luutru.archive.geo;

/**
 * The VN-2000 datum's shift to WGS84: a seven-parameter Helmert transformation between
 * the two earth-centred frames (both on the WGS84 ellipsoid), with the parameters the
 * Department of Survey and Mapping published with Decision 05/2007/QĐ-BTNMT and the EPSG
 * registry carries for "VN-2000 to WGS 84 (2)": dx = -191.90441429 m, dy = -39.30318279
 * m, dz = -111.45032835 m, rx = -0.00928836″, ry = 0.01975479″, rz = -0.00427372″, scale
 * +0.252906278 ppm, in the position-vector convention (PROJ's {@code +towgs84}). The
 * registry states the same rotations with the opposite signs in the coordinate-frame
 * convention; using those signs in the position-vector formula misplaces a map by about a
 * metre. Thread-safe.
 */
final class Vn2000 {

	private static final double DX = -191.90441429;

	private static final double DY = -39.30318279;

	private static final double DZ = -111.45032835;

	private static final double RX = seconds(-0.00928836);

	private static final double RY = seconds(0.01975479);

	private static final double RZ = seconds(-0.00427372);

	private static final double SCALE = 1 + 0.252906278e-6;

	private static final double E2 = TransverseMercator.WGS84_F * (2 - TransverseMercator.WGS84_F);

	private static final double A = TransverseMercator.WGS84_A;

	private Vn2000() {
	}

	/** A VN-2000 point in WGS84 (at the ellipsoid's surface: maps carry no heights). */
	static LonLat toWgs84(LonLat vn2000) {
		double[] xyz = geocentric(vn2000);
		double x = DX + SCALE * (xyz[0] - RZ * xyz[1] + RY * xyz[2]);
		double y = DY + SCALE * (RZ * xyz[0] + xyz[1] - RX * xyz[2]);
		double z = DZ + SCALE * (-RY * xyz[0] + RX * xyz[1] + xyz[2]);
		return geodetic(x, y, z);
	}

	private static double[] geocentric(LonLat point) {
		double phi = Math.toRadians(point.lat());
		double lambda = Math.toRadians(point.lon());
		double n = A / Math.sqrt(1 - E2 * Math.sin(phi) * Math.sin(phi));
		return new double[] { n * Math.cos(phi) * Math.cos(lambda), n * Math.cos(phi) * Math.sin(lambda),
				n * (1 - E2) * Math.sin(phi) };
	}

	// Iterated to far below a millimetre; a handful of rounds suffice near the surface.
	private static LonLat geodetic(double x, double y, double z) {
		double p = Math.hypot(x, y);
		double phi = Math.atan2(z, p * (1 - E2));
		for (int i = 0; i < 10; i++) {
			double n = A / Math.sqrt(1 - E2 * Math.sin(phi) * Math.sin(phi));
			double height = p / Math.cos(phi) - n;
			phi = Math.atan2(z, p * (1 - E2 * n / (n + height)));
		}
		return new LonLat(Math.toDegrees(Math.atan2(y, x)), Math.toDegrees(phi));
	}

	private static double seconds(double arcSeconds) {
		return Math.toRadians(arcSeconds / 3600);
	}

}
