package vn.luutru.ingest.maps;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * The thumbnail of a tiled image made from a small level of its own pyramid: a few tiles
 * put together and averaged down, instead of decoding the whole original a second time
 * (which would cost as much as the tiling itself for a large map).
 */
final class LevelThumbnail {

	private LevelThumbnail() {
	}

	/**
	 * Writes {@code thumbnail.jpg} into the pyramid folder.
	 * @param scaleFactors the levels the pyramid has tiles for
	 */
	static void write(Path pyramid, int width, int height, int tileSize, List<Integer> scaleFactors, int longest,
			float quality) throws IOException {
		int scale = 1;
		for (int factor : scaleFactors) {
			// The smallest level still at least as large as the thumbnail.
			if (ceil(Math.max(width, height), factor) >= longest && factor > scale) {
				scale = factor;
			}
		}
		int levelWidth = ceil(width, scale);
		int levelHeight = ceil(height, scale);
		BufferedImage level = new BufferedImage(levelWidth, levelHeight, BufferedImage.TYPE_3BYTE_BGR);
		Graphics2D g = level.createGraphics();
		try {
			for (int y = 0; y < levelHeight; y += tileSize) {
				for (int x = 0; x < levelWidth; x += tileSize) {
					int w = Math.min(tileSize, levelWidth - x);
					int h = Math.min(tileSize, levelHeight - y);
					String region = (x * scale) + "," + (y * scale) + ","
							+ Math.min(tileSize * scale, width - x * scale) + ","
							+ Math.min(tileSize * scale, height - y * scale);
					Path file = pyramid.resolve(region).resolve(w + "," + h).resolve("0").resolve("default.jpg");
					BufferedImage tile = ImageIO.read(file.toFile());
					if (tile == null) {
						throw new IOException("unreadable tile " + file);
					}
					g.drawImage(tile, x, y, null);
				}
			}
		}
		finally {
			g.dispose();
		}
		int[] size = Thumbnails.fit(levelWidth, levelHeight, longest);
		BufferedImage thumbnail = Thumbnails.reduce(level, size[0], size[1], 3);
		jpeg(thumbnail, pyramid.resolve("thumbnail.jpg"), quality);
	}

	private static int ceil(int length, int scale) {
		return (length + scale - 1) / scale;
	}

	private static void jpeg(BufferedImage image, Path file, float quality) throws IOException {
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
		ImageWriter writer = writers.next();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(file))) {
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(quality);
			writer.setOutput(out);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
	}

}
