package vn.luutru.search;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.luutru.archive.geo.CoordinateSystem;
import vn.luutru.archive.geo.LonLat;
import vn.luutru.archive.identifiers.IdentifierReader;
import vn.luutru.archive.identifiers.IdentifiersProperties;
import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.index.DocumentEntry;
import vn.luutru.archive.index.PageEntry;
import vn.luutru.archive.index.Place;

/**
 * Cadastral map sheets as ingestion indexes a GeoTIFF of the VN-2000 TM-3 zone of Cần Thơ
 * (EPSG:5897, central meridian 105°): 500 m squares whose corners are brought to WGS84
 * and recorded in the file's metadata, and a page whose text names the sheet's ward and a
 * word that only one test class's sheets carry (test classes share the index).
 */
public final class MapSheets {

	/** The zone the sheets are drawn in. */
	public static final CoordinateSystem ZONE = CoordinateSystem.of(5897).orElseThrow();

	private static final Instant INGESTED = Instant.parse("2025-06-01T08:00:00Z");

	private static final IdentifierReader IDENTIFIERS = new IdentifierReader(IdentifiersProperties.defaults());

	private MapSheets() {
	}

	/** The id of the fixture sheet numbered n. */
	public static String id(int n) {
		return "9e0a00000000000000000" + String.format("%03d", n);
	}

	/**
	 * What ingestion records of a GeoTIFF sheet 500 m square with this south-west corner
	 * in the zone's metres.
	 */
	public static Map<String, String> footprint(double west, double south) {
		List<LonLat> corners = List.of(ZONE.toWgs84(west, south + 500), ZONE.toWgs84(west + 500, south + 500),
				ZONE.toWgs84(west + 500, south), ZONE.toWgs84(west, south));
		return Map.of(Place.GEOREFERENCE, "EPSG:5897 (VN-2000 / TM-3 105-00), chuyển sang WGS84", Place.EPSG, "5897",
				Place.FOOTPRINT, Place.footprintValue(corners));
	}

	/**
	 * The document and page entries of sheet n.
	 * @param word a word only the calling test's sheets carry
	 * @param units the ward and district as its title block writes them
	 * @param metadata its file metadata (a footprint, or none)
	 */
	public static List<ArchiveEntry> sheet(int n, String word, String units, Map<String, String> metadata) {
		String id = id(n);
		String text = "BẢN ĐỒ ĐỊA CHÍNH " + word + "\nTờ bản đồ số " + n + "\n" + units
				+ ", thành phố Cần Thơ\nTỷ lệ 1:1000";
		String title = "Bản đồ địa chính tờ số " + n;
		Map<String, String> all = new HashMap<>(metadata);
		all.put("Format", "TIFF");
		String sha256 = id + "0".repeat(40);
		DocumentEntry document = new DocumentEntry(id, sha256, id + ".tif", title, "image/tiff", 1000, 1, "ocr", null,
				null, INGESTED, 0, all, null, List.of());
		PageEntry page = new PageEntry(id, sha256, id + ".tif", title, "image/tiff", 1000, 1, 1, text, "ocr", 90f, null,
				IDENTIFIERS.read(text), INGESTED, 0, null);
		return List.of(document, page);
	}

}
