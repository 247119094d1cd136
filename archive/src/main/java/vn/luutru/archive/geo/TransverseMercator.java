package vn.luutru.archive.geo;

/**
 * A transverse Mercator projection on an ellipsoid, by Krüger's series to the third order
 * in n, which stays within a millimetre over the few degrees a UTM or TM-3 zone spans.
 * Immutable and thread-safe.
 *
 * @param semiMajorAxis a, in metres
 * @param flattening f
 * @param centralMeridian λ0, in degrees
 * @param scale k0 on the central meridian
 * @param falseEasting in metres
 * @param falseNorthing in metres
 */
public record TransverseMercator(double semiMajorAxis, double flattening, double centralMeridian, double scale,
		double falseEasting, double falseNorthing) {

	/** The WGS84 ellipsoid's semi-major axis, which VN-2000 uses too. */
	public static final double WGS84_A = 6378137.0;

	/** The WGS84 ellipsoid's flattening, which VN-2000 uses too. */
	public static final double WGS84_F = 1 / 298.257223563;

	/** A UTM zone of the northern hemisphere on the WGS84 ellipsoid. */
	public static TransverseMercator utm(int zone) {
		return new TransverseMercator(WGS84_A, WGS84_F, zone * 6 - 183, 0.9996, 500_000, 0);
	}

	/**
	 * A VN-2000 TM-3 zone: 3° wide, k0 = 0.9999, on the central meridian a province uses
	 * (Circular 973/2001/TT-TCĐC).
	 */
	public static TransverseMercator tm3(double centralMeridian) {
		return new TransverseMercator(WGS84_A, WGS84_F, centralMeridian, 0.9999, 500_000, 0);
	}

	/** The point on the ellipsoid at these projected coordinates. */
	public LonLat inverse(double easting, double northing) {
		Series s = series();
		double xi = (northing - this.falseNorthing) / (this.scale * s.a());
		double eta = (easting - this.falseEasting) / (this.scale * s.a());
		double xiPrime = xi;
		double etaPrime = eta;
		for (int j = 1; j <= 3; j++) {
			xiPrime -= s.beta()[j - 1] * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta);
			etaPrime -= s.beta()[j - 1] * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta);
		}
		double chi = Math.asin(Math.sin(xiPrime) / Math.cosh(etaPrime));
		double phi = chi;
		for (int j = 1; j <= 3; j++) {
			phi += s.delta()[j - 1] * Math.sin(2 * j * chi);
		}
		double lambda = Math.atan2(Math.sinh(etaPrime), Math.cos(xiPrime));
		return new LonLat(this.centralMeridian + Math.toDegrees(lambda), Math.toDegrees(phi));
	}

	/**
	 * The projected coordinates {easting, northing} of a point on the ellipsoid; the
	 * inverse of {@link #inverse}.
	 */
	public double[] forward(LonLat point) {
		Series s = series();
		double phi = Math.toRadians(point.lat());
		double lambda = Math.toRadians(point.lon() - this.centralMeridian);
		double c = 2 * Math.sqrt(s.n()) / (1 + s.n());
		double t = Math.sinh(atanh(Math.sin(phi)) - c * atanh(c * Math.sin(phi)));
		double xiPrime = Math.atan2(t, Math.cos(lambda));
		double etaPrime = atanh(Math.sin(lambda) / Math.sqrt(1 + t * t));
		double xi = xiPrime;
		double eta = etaPrime;
		for (int j = 1; j <= 3; j++) {
			xi += s.alpha()[j - 1] * Math.sin(2 * j * xiPrime) * Math.cosh(2 * j * etaPrime);
			eta += s.alpha()[j - 1] * Math.cos(2 * j * xiPrime) * Math.sinh(2 * j * etaPrime);
		}
		return new double[] { this.falseEasting + this.scale * s.a() * eta,
				this.falseNorthing + this.scale * s.a() * xi };
	}

	private record Series(double n, double a, double[] alpha, double[] beta, double[] delta) {
	}

	private Series series() {
		double n = this.flattening / (2 - this.flattening);
		double n2 = n * n;
		double n3 = n2 * n;
		double a = this.semiMajorAxis / (1 + n) * (1 + n2 / 4 + n2 * n2 / 64);
		return new Series(n, a,
				new double[] { n / 2 - 2 * n2 / 3 + 5 * n3 / 16, 13 * n2 / 48 - 3 * n3 / 5, 61 * n3 / 240 },
				new double[] { n / 2 - 2 * n2 / 3 + 37 * n3 / 96, n2 / 48 + n3 / 15, 17 * n3 / 480 },
				new double[] { 2 * n - 2 * n2 / 3 - 2 * n3, 7 * n2 / 3 - 8 * n3 / 5, 56 * n3 / 15 });
	}

	private static double atanh(double x) {
		return 0.5 * Math.log((1 + x) / (1 - x));
	}

}
