package vn.luutru.ingest.tiling;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code info.json} of a IIIF Image API 3 level-0 service, with the fields
 * {@code vips dzsave --layout iiif3} writes, plus {@code sizes} for the whole-image
 * renditions under {@code full/}. Written by hand: nine fixed fields do not need a JSON
 * library's configuration.
 */
final class IiifInfo {

	static final String CONTEXT = "http://iiif.io/api/image/3/context.json";

	static final String PROTOCOL = "http://iiif.io/api/image";

	/**
	 * The extension property giving the size of a pixel, read by the viewer's scale bar.
	 */
	static final String METRES_PER_PIXEL = "luutru:metresPerPixel";

	private static final ObjectMapper JSON = new ObjectMapper();

	private IiifInfo() {
	}

	static void write(Path file, String id, int width, int height, int tileSize, List<Integer> scaleFactors,
			List<int[]> sizes) throws IOException {
		String sizesJson = sizes.stream()
			.map((size) -> "{ \"width\": " + size[0] + ", \"height\": " + size[1] + " }")
			.collect(Collectors.joining(", "));
		String factors = scaleFactors.stream().map(String::valueOf).collect(Collectors.joining(", "));
		String json = """
				{
				  "@context": "%s",
				  "id": "%s",
				  "type": "ImageService3",
				  "protocol": "%s",
				  "profile": "level0",
				  "width": %d,
				  "height": %d,
				  "sizes": [ %s ],
				  "tiles": [ { "width": %d, "scaleFactors": [ %s ] } ]
				}
				""".formatted(CONTEXT, escape(id), PROTOCOL, width, height, sizesJson, tileSize, factors);
		Files.writeString(file, json, StandardCharsets.UTF_8);
	}

	/**
	 * Adds what the archive knows about the image's scale and place as extension
	 * properties (IIIF allows extra properties with a prefix):
	 * {@code luutru:metresPerPixel} for the viewer's scale bar, {@code luutru:dpi} of a
	 * plain scan, and for a GeoTIFF {@code luutru:geo} with its EPSG code, the
	 * footprint's four corners in that CRS and the pixel scale.
	 */
	static void addExtras(Path file, TileInfo info) throws IOException {
		ObjectNode json = (ObjectNode) JSON.readTree(file.toFile());
		Double metresPerPixel = info.metresPerPixel();
		if (metresPerPixel != null && Double.isFinite(metresPerPixel) && metresPerPixel > 0) {
			json.put(METRES_PER_PIXEL, metresPerPixel);
		}
		if (info.dpi() != null) {
			json.put("luutru:dpi", info.dpi());
		}
		GeoReference geo = info.geo();
		if (geo != null) {
			ObjectNode place = json.putObject("luutru:geo");
			if (geo.epsg() != null) {
				place.put("epsg", geo.epsg());
			}
			place.put("pixelScaleX", geo.pixelScaleX()).put("pixelScaleY", geo.pixelScaleY());
			ArrayNode corners = place.putArray("footprint");
			for (GeoReference.Corner corner : geo.footprint(info.width(), info.height())) {
				corners.addArray().add(corner.x()).add(corner.y());
			}
		}
		JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), json);
	}

	private static String escape(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20) {
				out.append("\\u%04x".formatted((int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
