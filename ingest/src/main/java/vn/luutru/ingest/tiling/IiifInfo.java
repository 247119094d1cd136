package vn.luutru.ingest.tiling;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

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
	 * Adds the size of a pixel as {@code luutru:metresPerPixel}, the extension property
	 * the viewer's scale bar reads (IIIF allows extra properties with a prefix).
	 */
	static void addMetresPerPixel(Path file, @Nullable Double metresPerPixel) throws IOException {
		if (metresPerPixel == null || !Double.isFinite(metresPerPixel) || metresPerPixel <= 0) {
			return;
		}
		String json = Files.readString(file, StandardCharsets.UTF_8);
		int open = json.indexOf('{');
		String added = json.substring(0, open + 1) + "\n  \"" + METRES_PER_PIXEL + "\": " + metresPerPixel + ","
				+ json.substring(open + 1);
		Files.writeString(file, added, StandardCharsets.UTF_8);
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
