package vn.luutru.search.iiif;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.storage.Derivatives;

/**
 * The static IIIF tiles of pages, as the tiling engine leaves them in
 * {@link Derivatives#iiif(DocumentId, int)} ({@code vips dzsave --layout iiif3}).
 */
@Component
class PageTiles {

	/**
	 * The extra {@code info.json} key for the ground size of one full-size pixel of a
	 * map, in metres. See {@link IiifController} for where it comes from and goes.
	 */
	static final String METRES_PER_PIXEL = "luutru:metresPerPixel";

	private static final Pattern PIXEL_SIZE = Pattern.compile("(\\d+),(\\d+)");

	private final Derivatives derivatives;

	private final JsonMapper json;

	PageTiles(Derivatives derivatives, JsonMapper json) {
		this.derivatives = derivatives;
		this.json = json;
	}

	/** The page's stored {@code info.json}, empty when the page has no tiles. */
	Optional<Info> info(DocumentId id, int page) {
		Path file = folder(id, page).resolve("info.json");
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		JsonNode node;
		try {
			node = this.json.readTree(file.toFile());
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("The tiles' info.json " + file + " is not JSON", ex);
		}
		if (!(node instanceof ObjectNode object) || !node.path("width").canConvertToInt()
				|| !node.path("height").canConvertToInt()) {
			throw new IllegalStateException("The tiles' info.json " + file + " has no width and height");
		}
		JsonNode metres = object.path(METRES_PER_PIXEL);
		return Optional.of(new Info(object, object.get("width").asInt(), object.get("height").asInt(),
				metres.isNumber() && metres.asDouble() > 0 ? metres.asDouble() : null));
	}

	/**
	 * The stored file answering an image request: a tile, or the whole page at a small
	 * size. {@code full} also finds the whole page where the tiler spelled the region as
	 * its pixels ({@code 0,0,w,h}), as vips does.
	 * @throws IiifNotFound when no such file is stored
	 */
	Path file(DocumentId id, int page, TilePath request) {
		Path folder = folder(id, page);
		Path file = inside(folder, request);
		if (file == null && request.region().equals("full")) {
			file = info(id, page).map((info) -> inside(folder, request.withRegion(fullRegion(info)))).orElse(null);
		}
		if (file == null) {
			throw new IiifNotFound("Page " + page + " of document " + id + " has no stored tile " + request + ".");
		}
		return file;
	}

	/**
	 * The pictures of the whole page stored as files, under {@code full/} or the tiler's
	 * spelling of it as pixels.
	 */
	List<FullImage> storedFullImages(DocumentId id, int page, Info info) {
		Path folder = folder(id, page);
		List<FullImage> images = new ArrayList<>();
		for (String region : new String[] { "full", fullRegion(info) }) {
			Path sizes = folder.resolve(region);
			if (!Files.isDirectory(sizes)) {
				continue;
			}
			try (Stream<Path> children = Files.list(sizes)) {
				children.map((child) -> child.getFileName().toString())
					.map(PIXEL_SIZE::matcher)
					.filter((size) -> size.matches()
							&& Files.isRegularFile(sizes.resolve(size.group()).resolve("0").resolve("default.jpg")))
					.map((size) -> new FullImage(Integer.parseInt(size.group(1)), Integer.parseInt(size.group(2))))
					.forEach(images::add);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return images;
	}

	/** The stored file of the whole page at this size, if there is one. */
	Optional<Path> storedFullImage(DocumentId id, int page, Info info, FullImage size) {
		Path folder = folder(id, page);
		for (String region : new String[] { "full", fullRegion(info) }) {
			Path file = inside(folder, new TilePath(region, size.size(), "0", "default", "jpg"));
			if (file != null) {
				return Optional.of(file);
			}
		}
		return Optional.empty();
	}

	private Path folder(DocumentId id, int page) {
		return this.derivatives.iiif(id, page);
	}

	private static @Nullable Path inside(Path folder, TilePath request) {
		Path file = request.in(folder).normalize();
		return (file.startsWith(folder) && Files.isRegularFile(file)) ? file : null;
	}

	private static String fullRegion(Info info) {
		return "0,0," + info.width() + "," + info.height();
	}

	/**
	 * A page's stored {@code info.json}.
	 *
	 * @param json the whole document, to be served with its {@code id} rewritten
	 * @param width full-size width in pixels
	 * @param height full-size height in pixels
	 * @param metresPerPixel {@value #METRES_PER_PIXEL} when the tiler wrote it
	 */
	record Info(ObjectNode json, int width, int height, @Nullable Double metresPerPixel) {
	}

	/**
	 * The whole page stored as one picture, at
	 * {@code full/{width},{height}/0/default.jpg}.
	 *
	 * @param width its width in pixels
	 * @param height its height in pixels
	 */
	record FullImage(int width, int height) {

		String size() {
			return this.width + "," + this.height;
		}

	}

}
