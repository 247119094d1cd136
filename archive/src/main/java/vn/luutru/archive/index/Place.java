package vn.luutru.archive.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.luutru.archive.geo.LonLat;

/**
 * Where a document is about: the wards and districts its text names and, for a
 * georeferenced map, its footprint in WGS84, so that searches can filter by area. Made
 * from what a document entry holds already (its pages' identifiers, its file metadata),
 * so that ingestion, a reindex and a correction all make the same place.
 *
 * @param wards the wards, communes and towns named ("Phường An Khánh"), with the units
 * that succeeded them
 * @param districts the districts named ("Quận Ninh Kiều"), with their successors
 * @param footprint the map's footprint; null when the file is not a georeferenced map in
 * a coordinate system the archive knows
 */
public record Place(List<String> wards, List<String> districts, @Nullable Footprint footprint) {

	/**
	 * The file metadata property holding a map's WGS84 footprint, written at ingestion:
	 * its corners as {@code lon lat} pairs separated by {@code ;}.
	 */
	public static final String FOOTPRINT = "footprint";

	/**
	 * The file metadata property saying what a map's georeference is, or why it has no
	 * footprint (a coordinate system the archive does not know).
	 */
	public static final String GEOREFERENCE = "georeference";

	/** The file metadata property holding the EPSG code of a map's coordinate system. */
	public static final String EPSG = "georeference.epsg";

	public Place {
		wards = List.copyOf(wards);
		districts = List.copyOf(districts);
	}

	/**
	 * The place of a document, or null when it names no ward or district and has no
	 * footprint.
	 * @param metadata the file's metadata
	 * @param adminUnits the administrative units its text names
	 */
	public static @Nullable Place of(Map<String, String> metadata, List<String> adminUnits) {
		List<String> wards = new ArrayList<>();
		List<String> districts = new ArrayList<>();
		for (String unit : adminUnits) {
			String name = unit.toLowerCase(Locale.ROOT);
			if (name.startsWith("phường ") || name.startsWith("xã ") || name.startsWith("thị trấn ")) {
				wards.add(unit);
			}
			else if (name.startsWith("quận ") || name.startsWith("huyện ") || name.startsWith("thị xã ")) {
				districts.add(unit);
			}
		}
		Footprint footprint = footprint(metadata);
		if (wards.isEmpty() && districts.isEmpty() && footprint == null) {
			return null;
		}
		return new Place(wards, districts, footprint);
	}

	/** The metadata value recording these WGS84 corners. */
	public static String footprintValue(List<LonLat> corners) {
		return String.join(";", corners.stream().map((c) -> c.lon() + " " + c.lat()).toList());
	}

	private static @Nullable Footprint footprint(Map<String, String> metadata) {
		String value = metadata.get(FOOTPRINT);
		String epsg = metadata.get(EPSG);
		if (value == null || value.isBlank() || epsg == null) {
			return null;
		}
		try {
			List<LonLat> corners = new ArrayList<>();
			for (String pair : value.split(";")) {
				String[] lonLat = pair.strip().split("\\s+");
				corners.add(new LonLat(Double.parseDouble(lonLat[0]), Double.parseDouble(lonLat[1])));
			}
			return Footprint.of(Integer.parseInt(epsg), corners);
		}
		catch (RuntimeException ex) {
			// A metadata value edited by hand: the map keeps its words, only its area is
			// lost.
			return null;
		}
	}

}
