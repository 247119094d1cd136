package vn.luutru.search.iiif;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import javax.imageio.ImageIO;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.search.iiif.PageTiles.FullImage;
import vn.luutru.search.iiif.PageTiles.Info;

/**
 * The whole page at the sizes a level 0 image service declares in its {@code sizes}: the
 * pictures the tiler stored under {@code full/}, and each pyramid level no larger than
 * {@link IiifProperties#maxWholeImage()}, put together from that level's stored tiles
 * when asked for. Image API 3.0 level 0 requires {@code full/max}; with these, it is the
 * largest declared size, and {@code maxWidth}/{@code maxHeight} say so when that is
 * smaller than the page.
 */
@Component
class WholeImages {

	private final PageTiles tiles;

	private final int longest;

	WholeImages(PageTiles tiles, IiifProperties properties) {
		this.tiles = tiles;
		this.longest = properties.maxWholeImage();
	}

	/** The declared sizes of a tiled page, smallest first. */
	List<FullImage> sizes(DocumentId id, int page, Info info) {
		TreeSet<FullImage> sizes = new TreeSet<>(
				Comparator.comparingInt(FullImage::width).thenComparingInt(FullImage::height));
		sizes.addAll(this.tiles.storedFullImages(id, page, info));
		Grid grid = Grid.of(info);
		for (int scale : grid.scaleFactors()) {
			FullImage level = new FullImage(ceil(info.width(), scale), ceil(info.height(), scale));
			if (Math.max(level.width(), level.height()) <= Math.max(this.longest, grid.tileWidth())) {
				sizes.add(level);
			}
		}
		return new ArrayList<>(sizes);
	}

	/**
	 * The JPEG of the whole page at a declared size ({@code w,h}) or at {@code max}.
	 * @throws IiifNotFound when the size is not declared
	 */
	Picture picture(DocumentId id, int page, Info info, String size) {
		List<FullImage> sizes = sizes(id, page, info);
		Optional<FullImage> wanted = size.equals("max") ? Optional.ofNullable(sizes.isEmpty() ? null : sizes.getLast())
				: sizes.stream().filter((s) -> s.size().equals(size)).findFirst();
		FullImage image = wanted.orElseThrow(() -> new IiifNotFound(
				"Page " + page + " of document " + id + " is not served whole at size " + size + "."));
		Optional<Path> stored = this.tiles.storedFullImage(id, page, info, image);
		if (stored.isPresent()) {
			return new Stored(stored.get());
		}
		return new Assembled(assemble(id, page, info, image));
	}

	/** The level of the pyramid at this size, its tiles drawn side by side. */
	private byte[] assemble(DocumentId id, int page, Info info, FullImage level) {
		Grid grid = Grid.of(info);
		int scale = grid.scaleFactors()
			.stream()
			.filter((s) -> ceil(info.width(), s) == level.width() && ceil(info.height(), s) == level.height())
			.findFirst()
			.orElseThrow();
		int tile = grid.tileWidth();
		BufferedImage whole = new BufferedImage(level.width(), level.height(), BufferedImage.TYPE_3BYTE_BGR);
		Graphics2D g = whole.createGraphics();
		try {
			for (int y = 0; y < level.height(); y += tile) {
				for (int x = 0; x < level.width(); x += tile) {
					int w = Math.min(tile, level.width() - x);
					int h = Math.min(tile, level.height() - y);
					String region = (x * scale) + "," + (y * scale) + ","
							+ Math.min(tile * scale, info.width() - x * scale) + ","
							+ Math.min(tile * scale, info.height() - y * scale);
					Path file = this.tiles.file(id, page, TilePath.of(region, w + "," + h, "0", "default", "jpg"));
					BufferedImage part = ImageIO.read(file.toFile());
					if (part == null) {
						throw new IOException("The tile " + file + " is not a picture");
					}
					g.drawImage(part, x, y, null);
				}
			}
			ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
			ImageIO.write(whole, "jpg", jpeg);
			return jpeg.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			g.dispose();
		}
	}

	private static int ceil(int length, int scale) {
		return (length + scale - 1) / scale;
	}

	/** A whole-page picture: a stored file, or one put together from tiles. */
	sealed interface Picture {

	}

	/**
	 * @param file the tiler's file
	 */
	record Stored(Path file) implements Picture {
	}

	/**
	 * @param jpeg the JPEG put together from a level's tiles
	 */
	record Assembled(byte[] jpeg) implements Picture {
	}

	/**
	 * The tile grid {@code info.json} declares: its first {@code tiles} entry, as the
	 * archive's tilers write one.
	 */
	record Grid(int tileWidth, List<Integer> scaleFactors) {

		static Grid of(Info info) {
			JsonNode tiles = info.json().path("tiles").path(0);
			List<Integer> factors = new ArrayList<>();
			tiles.path("scaleFactors").forEach((factor) -> factors.add(factor.asInt()));
			return new Grid(tiles.path("width").asInt(512), factors);
		}

	}

}
