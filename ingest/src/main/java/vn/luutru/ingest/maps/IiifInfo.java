package vn.luutru.ingest.maps;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code info.json} of a IIIF Image API 3 level-0 service, with the fields
 * {@code vips dzsave --layout iiif3} writes, plus {@code sizes} for the whole-image
 * renditions under {@code full/}, and the archive's extension properties.
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

	/**
	 * The service's own fields, as {@code vips dzsave --layout iiif3} writes them, plus
	 * {@code sizes}.
	 */
	static ObjectNode service(String id, int width, int height, int tileSize, List<Integer> scaleFactors,
			List<int[]> sizes) {
		ObjectNode json = JSON.createObjectNode()
			.put("@context", CONTEXT)
			.put("id", id)
			.put("type", "ImageService3")
			.put("protocol", PROTOCOL)
			.put("profile", "level0")
			.put("width", width)
			.put("height", height);
		ArrayNode sizesJson = json.putArray("sizes");
		sizes.forEach((size) -> sizesJson.addObject().put("width", size[0]).put("height", size[1]));
		ObjectNode tiles = json.putArray("tiles").addObject().put("width", tileSize);
		scaleFactors.forEach(tiles.putArray("scaleFactors")::add);
		return json;
	}

	static ObjectNode read(Path file) throws IOException {
		return (ObjectNode) JSON.readTree(file.toFile());
	}

	static void write(Path file, ObjectNode json) throws IOException {
		JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), json);
	}

	/**
	 * Adds what the archive knows about the image's scale and place as extension
	 * properties (IIIF allows extra properties with a prefix):
	 * {@code luutru:metresPerPixel} for the viewer's scale bar, {@code luutru:dpi} of a
	 * plain scan, and for a GeoTIFF {@code luutru:geo} with its EPSG code, the
	 * footprint's four corners in that CRS and the pixel scale.
	 */
	static ObjectNode addExtras(ObjectNode json, TileInfo info) {
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
		return json;
	}

}
