package vn.luutru.archive.geo;

/**
 * A point on the ellipsoid, in decimal degrees.
 *
 * @param lon longitude, east positive
 * @param lat latitude, north positive
 */
public record LonLat(double lon, double lat) {
}
