package vn.luutru.search.documents;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.GeoShapeRelation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonData;
import org.jspecify.annotations.Nullable;

import vn.luutru.archive.index.IndexFields;

/**
 * A box on the ground in WGS84 degrees, as {@code bbox=minLon,minLat,maxLon,maxLat}
 * (west, south, east, north: the order of GeoJSON and OGC APIs), that map sheets are
 * searched by.
 *
 * <p>
 * A map's footprint is indexed as its envelope in four numbers, because the embedded
 * Elasticsearch has no {@code geo_shape} field (that needs the spatial module of the
 * default distribution): an envelope meets the box exactly when it starts west of the
 * box's east edge, ends east of its west edge, and likewise north and south. A sheet is a
 * rectangle in its own projection, and its envelope in degrees is at most a few metres
 * wider than its corners at a sheet's size, so a sheet that only nearly touches the box
 * may be found too.
 *
 * @param west least longitude
 * @param south least latitude
 * @param east greatest longitude
 * @param north greatest latitude
 */
record Area(double west, double south, double east, double north) {

	/**
	 * The box written as four numbers separated by commas.
	 * @throws InvalidArea when it is not four numbers, off the globe, or inside out
	 */
	static Area parse(String bbox) {
		String[] parts = bbox.strip().split("\\s*,\\s*");
		if (parts.length != 4) {
			throw new InvalidArea(bbox);
		}
		double[] numbers = new double[4];
		try {
			for (int i = 0; i < 4; i++) {
				numbers[i] = Double.parseDouble(parts[i]);
			}
		}
		catch (NumberFormatException ex) {
			throw new InvalidArea(bbox);
		}
		Area area = new Area(numbers[0], numbers[1], numbers[2], numbers[3]);
		boolean onTheGlobe = List.of(area.west, area.east).stream().allMatch((lon) -> Math.abs(lon) <= 180)
				&& List.of(area.south, area.north).stream().allMatch((lat) -> Math.abs(lat) <= 90);
		if (!onTheGlobe || area.west > area.east || area.south > area.north) {
			throw new InvalidArea(bbox);
		}
		return area;
	}

	/**
	 * The query with the area parameters of a search request added as the filters an
	 * officer could type ({@code vung:}, {@code phuong:}, {@code quan:}), so that both
	 * ways search alike.
	 * @throws InvalidArea for a box that is not one
	 * @throws InvalidSearch for a unit name with a quotation mark
	 */
	static String withFilters(String q, @Nullable String bbox, @Nullable String ward, @Nullable String district) {
		StringBuilder query = new StringBuilder(q);
		if (bbox != null && !bbox.isBlank()) {
			query.append(" vung:").append(parse(bbox).typed());
		}
		unit(query, "phuong", ward);
		unit(query, "quan", district);
		return query.toString();
	}

	private static void unit(StringBuilder query, String field, @Nullable String name) {
		if (name == null || name.isBlank()) {
			return;
		}
		if (name.contains("\"")) {
			throw new InvalidSearch("Tên đơn vị hành chính không được chứa dấu ngoặc kép: '" + name + "'.");
		}
		query.append(' ').append(field).append(":\"").append(name.strip()).append('"');
	}

	/** As typed in a query: {@code vung:minLon,minLat,maxLon,maxLat}. */
	String typed() {
		return String.format(Locale.ROOT, "%s,%s,%s,%s", plain(this.west), plain(this.south), plain(this.east),
				plain(this.north));
	}

	/**
	 * The documents whose footprint's envelope meets the box and, on an index that maps
	 * the footprint as a {@code geo_shape} (a cluster with the spatial module), whose
	 * polygon itself does. Elsewhere the polygon is no field: the shape query, told to
	 * ignore an unmapped field, matches nothing, nothing "exists" there, and the envelope
	 * decides alone.
	 */
	Query query() {
		Query shape = Query.of((q) -> q.geoShape((g) -> g.field(IndexFields.FOOTPRINT_SHAPE)
			.ignoreUnmapped(true)
			.shape((s) -> s.relation(GeoShapeRelation.Intersects)
				.shape(JsonData.of(Map.of("type", "envelope", "coordinates",
						List.of(List.of(this.west, this.north), List.of(this.east, this.south))))))));
		Query noShape = Query
			.of((q) -> q.bool((b) -> b.mustNot((n) -> n.exists((e) -> e.field(IndexFields.FOOTPRINT_SHAPE)))));
		return Query.of((q) -> q.bool((b) -> b.filter(range(IndexFields.FOOTPRINT_MIN_LON, null, this.east))
			.filter(range(IndexFields.FOOTPRINT_MAX_LON, this.west, null))
			.filter(range(IndexFields.FOOTPRINT_MIN_LAT, null, this.north))
			.filter(range(IndexFields.FOOTPRINT_MAX_LAT, this.south, null))
			.filter((f) -> f.bool((either) -> either.should(shape).should(noShape).minimumShouldMatch("1")))));
	}

	private static Query range(String field, @Nullable Double from, @Nullable Double to) {
		return Query.of((q) -> q.range((r) -> r.number((n) -> n.field(field).gte(from).lte(to))));
	}

	private static String plain(double degrees) {
		return java.math.BigDecimal.valueOf(degrees).stripTrailingZeros().toPlainString();
	}

}
