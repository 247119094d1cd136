package vn.luutru.archive.identifiers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jspecify.annotations.Nullable;

/**
 * Administrative units by every name they were known by. Papers from before the 2025
 * reorganisation name districts ("quận", "huyện", "thị xã") and wards that were merged
 * since; a unit found under an old name resolves to itself and to the unit that succeeded
 * it, so a search by either finds the paper.
 *
 * <p>
 * Read from a JSON list ({@code luutru.identifiers.gazetteer}, default the bundled sample
 * for the demo province): {@code {"name": "Phường An Khánh", "successor": "Phường Ninh
 * Kiều", "aliases": ["P. An Khánh"], "within": "Quận Ninh Kiều", "bounds": [105.735,
 * 10.02, 105.76, 10.038]}}. The bounds (west, south, east, north in WGS84 degrees) draw
 * the overview officers pick an area on; the bundled ones are approximate, from public
 * maps, good for picking a ward and no more.
 */
public final class Gazetteer {

	private final List<Unit> units;

	private final List<Area> areas;

	private Gazetteer(List<Unit> units, List<Area> areas) {
		this.units = units;
		this.areas = areas;
	}

	/**
	 * A unit as an overview of the province draws it.
	 *
	 * @param name its name with its level
	 * @param level {@code ward} (phường, xã, thị trấn), {@code district} (quận, huyện,
	 * thị xã) or {@code province} (tỉnh, thành phố)
	 * @param successor the unit it became part of, or null while it exists
	 * @param within the unit it lies in, or null for a province
	 * @param bounds west, south, east, north in WGS84 degrees (approximate); empty when
	 * not known
	 */
	public record Area(String name, String level, @Nullable String successor, @Nullable String within,
			List<Double> bounds) {
	}

	/** The gazetteer configured, else the bundled sample. */
	public static Gazetteer of(IdentifiersProperties properties) {
		return (properties.gazetteer() != null) ? of(properties.gazetteer()) : bundled();
	}

	/** Every unit, in the gazetteer's order. */
	public List<Area> areas() {
		return this.areas;
	}

	/**
	 * One unit.
	 *
	 * @param name its name with its level ("Phường An Khánh")
	 * @param successor the unit it became part of, or null while it exists
	 * @param pattern how it is found in folded text
	 */
	record Unit(String name, @Nullable String successor, Pattern pattern) {
	}

	/** The bundled sample gazetteer. */
	public static Gazetteer bundled() {
		try (InputStream json = Gazetteer.class.getResourceAsStream("/identifiers/gazetteer.json")) {
			if (json == null) {
				throw new IllegalStateException("identifiers/gazetteer.json is missing from the class path");
			}
			return read(new ObjectMapper().readTree(json));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A gazetteer from a JSON file. */
	public static Gazetteer of(Path file) {
		try (InputStream json = Files.newInputStream(file)) {
			return read(new ObjectMapper().readTree(json));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the gazetteer " + file, ex);
		}
	}

	private static Gazetteer read(JsonNode list) {
		List<Unit> units = new ArrayList<>();
		List<Area> areas = new ArrayList<>();
		for (JsonNode entry : list) {
			String name = entry.path("name").asText();
			String successor = entry.path("successor").isTextual() ? entry.path("successor").asText() : null;
			String within = entry.path("within").isTextual() ? entry.path("within").asText() : null;
			List<Double> bounds = new ArrayList<>();
			entry.path("bounds").forEach((edge) -> bounds.add(edge.asDouble()));
			areas.add(new Area(name, level(name), successor, within,
					(bounds.size() == 4) ? List.copyOf(bounds) : List.of()));
			List<String> names = new ArrayList<>(List.of(name));
			entry.path("aliases").forEach((alias) -> names.add(alias.asText()));
			String alternatives = String.join("|", names.stream().map(Folded::of).map(Gazetteer::loose).toList());
			units.add(new Unit(name, successor,
					Pattern.compile("(?<![\\p{L}\\d])(?:" + alternatives + ")(?![\\p{L}\\d])")));
		}
		return new Gazetteer(units, List.copyOf(areas));
	}

	private static String level(String name) {
		String folded = Folded.of(name);
		if (folded.startsWith("phuong ") || folded.startsWith("xa ") || folded.startsWith("thi tran ")) {
			return "ward";
		}
		if (folded.startsWith("quan ") || folded.startsWith("huyen ") || folded.startsWith("thi xa ")) {
			return "district";
		}
		return "province";
	}

	// Spaces and dots in a name may come out of OCR as any spacing.
	private static String loose(String folded) {
		return Pattern.quote(folded).replace(" ", "\\E\\s*\\Q").replace(".", "\\E\\.?\\s*\\Q");
	}

	/**
	 * The units a text names, each with the unit that succeeded it, in the order of the
	 * gazetteer.
	 * @param folded the text, folded
	 */
	List<String> find(String folded) {
		Set<String> found = new LinkedHashSet<>();
		for (Unit unit : this.units) {
			Matcher matcher = unit.pattern().matcher(folded);
			if (matcher.find()) {
				found.add(unit.name());
				if (unit.successor() != null) {
					found.add(unit.successor());
				}
			}
		}
		return List.copyOf(found);
	}

}
