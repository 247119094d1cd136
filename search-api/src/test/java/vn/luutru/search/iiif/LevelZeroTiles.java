package vn.luutru.search.iiif;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Lays a picture out on disk as the worker's tiling engine does (its pure-Java tiler, or
 * {@code vips dzsave --layout iiif3}): IIIF Image API 3 level-0 tiles
 * {@code {x},{y},{w},{h}/{sw},{sh}/0/default.jpg}, region in full-size pixels and size in
 * the level's, one level per scale factor down to a level of one tile, that level also as
 * the whole page under {@code full/}, and {@code info.json}. The web server only serves
 * these files; this writes them without the worker, simply rather than fast.
 */
final class LevelZeroTiles {

	private static final ObjectMapper JSON = new ObjectMapper();

	private LevelZeroTiles() {
	}

	/**
	 * Writes the tiles of an image and its {@code info.json}.
	 * @param extras properties the archive adds to {@code info.json}, such as
	 * {@code luutru:metresPerPixel}
	 */
	static void write(BufferedImage image, int tileSize, Path folder, ObjectNode extras) throws IOException {
		int width = image.getWidth();
		int height = image.getHeight();
		ObjectNode info = JSON.createObjectNode()
			.put("@context", "http://iiif.io/api/image/3/context.json")
			.put("id", "https://placeholder.invalid/iiif")
			.put("type", "ImageService3")
			.put("protocol", "http://iiif.io/api/image")
			.put("profile", "level0")
			.put("width", width)
			.put("height", height);
		ObjectNode tiles = info.putArray("tiles").addObject().put("width", tileSize);
		BufferedImage level = image;
		for (int scale = 1;; scale *= 2) {
			tiles.withArray("scaleFactors").add(scale);
			for (int y = 0; y < level.getHeight(); y += tileSize) {
				for (int x = 0; x < level.getWidth(); x += tileSize) {
					int w = Math.min(tileSize, level.getWidth() - x);
					int h = Math.min(tileSize, level.getHeight() - y);
					String region = (x * scale) + "," + (y * scale) + ","
							+ Math.min(tileSize * scale, width - x * scale) + ","
							+ Math.min(tileSize * scale, height - y * scale);
					jpeg(level.getSubimage(x, y, w, h), folder.resolve(region).resolve(w + "," + h));
				}
			}
			if (level.getWidth() <= tileSize && level.getHeight() <= tileSize) {
				break;
			}
			level = half(level);
		}
		jpeg(level, folder.resolve("full").resolve(level.getWidth() + "," + level.getHeight()));
		info.putArray("sizes").addObject().put("width", level.getWidth()).put("height", level.getHeight());
		info.setAll(extras);
		JSON.writerWithDefaultPrettyPrinter().writeValue(folder.resolve("info.json").toFile(), info);
	}

	/** The next level down: half the size, an odd last row or column rounded up. */
	private static BufferedImage half(BufferedImage image) {
		BufferedImage smaller = new BufferedImage((image.getWidth() + 1) / 2, (image.getHeight() + 1) / 2,
				BufferedImage.TYPE_INT_RGB);
		Graphics2D g = smaller.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.drawImage(image, 0, 0, smaller.getWidth(), smaller.getHeight(), null);
		g.dispose();
		return smaller;
	}

	private static void jpeg(BufferedImage image, Path size) throws IOException {
		Path folder = Files.createDirectories(size.resolve("0"));
		if (!ImageIO.write(image, "jpg", folder.resolve("default.jpg").toFile())) {
			throw new IOException("No JPEG writer");
		}
	}

}
