package vn.luutru.ingest.maps;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/**
 * Tiles with libvips ({@code vips dzsave --layout iiif3}) in a child process: the same
 * pyramid layout as {@link MapTiler}, 25 to 35 times faster on 2 cores, and the pixels
 * never enter the archive's heap. A crash or a runaway codec in vips ends that process,
 * not the ingestion job. The header is still read here first, so the pixel limit, the
 * GeoTIFF keys and the DPI come from the same code as the Java engine's.
 * <p>
 * Threading: each call runs one {@code vips} process and waits for it; vips uses
 * {@link TilingProperties#threads()} threads ({@code VIPS_CONCURRENCY}). Instances are
 * immutable and may be shared.
 */
final class VipsTiler implements Tiler {

	private final TilingProperties properties;

	VipsTiler(TilingProperties properties) {
		this.properties = properties;
	}

	/**
	 * Whether the {@code vips} command is installed: an executable file at the given
	 * path, or of that name on the {@code PATH}. Looked up rather than run: starting vips
	 * costs a third of a second.
	 */
	static boolean available(String command) {
		Path given = Path.of(command);
		if (given.getNameCount() > 1 || given.isAbsolute()) {
			return Files.isExecutable(given);
		}
		String path = System.getenv("PATH");
		if (path == null) {
			return false;
		}
		for (String folder : path.split(java.io.File.pathSeparator)) {
			if (!folder.isEmpty() && Files.isExecutable(Path.of(folder).resolve(command))) {
				return true;
			}
		}
		return false;
	}

	@Override
	public boolean shouldTile(int width, int height) {
		return this.properties.shouldTile(width, height);
	}

	@Override
	public Tiled tile(Path source, Path outDir, String baseUri) {
		Double dpi;
		GeoReference geo;
		try (BandSource bands = BandSource.open(source)) {
			if (bands == null) {
				return Tiled.failed("Định dạng ảnh không được hỗ trợ: " + source.getFileName()
						+ " (no ImageIO reader for this file)");
			}
			ImageHeader header = bands.header();
			String refusal = Limits.checkDeclared(header.width(), header.height(), this.properties);
			if (refusal != null) {
				return Tiled.refused(refusal);
			}
			dpi = header.dpi();
			geo = header.geo();
		}
		catch (UnsupportedImage ex) {
			// vips reads interlaced PNGs whole: refused for the same reason as in Java.
			return Tiled.refused(ex.vietnamese() + " (" + ex.getMessage() + ")");
		}
		catch (IOException | RuntimeException ex) {
			return Tiled.failed("Không đọc được đầu tệp ảnh " + source.getFileName() + " (" + ex + ")");
		}
		return pyramid(source.toString(), source.getFileName().toString(), dpi, geo, outDir, baseUri);
	}

	@Override
	public Tiled tilePdfPage(Path pdf, int page, int dpi, Path outDir, String baseUri) {
		String name = pdf.getFileName() + " trang " + page;
		try {
			int[] size = PdfPageSize.of(pdf, page, dpi);
			String refusal = Limits.checkDeclared(size[0], size[1], this.properties);
			if (refusal != null) {
				return Tiled.refused(refusal);
			}
		}
		catch (IOException | RuntimeException ex) {
			return Tiled.failed("Không đọc được trang " + page + " của " + pdf.getFileName() + " (" + ex + ")");
		}
		// vips renders the page with poppler region by region, never the whole page at
		// once.
		return pyramid(pdf + "[page=" + (page - 1) + ",dpi=" + dpi + "]", name, (double) dpi, null, outDir, baseUri);
	}

	private Tiled pyramid(String input, String name, @Nullable Double dpi, @Nullable GeoReference geo, Path outDir,
			String baseUri) {
		return TileFolder.write(outDir, name, (partial) -> {
			String quality = Integer.toString(Math.round(this.properties.jpegQuality() * 100));
			String failure = run(List.of(this.properties.vipsCommand(), "dzsave", input, partial.toString(), "--layout",
					"iiif3", "--tile-size", Integer.toString(this.properties.tileSize()), "--suffix",
					".jpg[Q=" + quality + "]"));
			if (failure != null) {
				return Tiled.failed("Tệp ảnh " + name + " bị hỏng hoặc không cắt được mảnh ảnh (" + failure + ")");
			}
			Path info = partial.resolve("info.json");
			ObjectNode json = IiifInfo.read(info);
			int width = json.path("width").asInt();
			int height = json.path("height").asInt();
			// vips names the service after its output folder, which is still the partial
			// one.
			json.put("id", baseUri);
			TileInfo tiles = new TileInfo(width, height, this.properties.tileSize(), scaleFactors(json),
					TileInfo.metresPerPixel(geo, dpi), geo, dpi);
			IiifInfo.write(info, IiifInfo.addExtras(json, tiles));
			LevelThumbnail.write(partial, width, height, this.properties.tileSize(), tiles.scaleFactors(),
					this.properties.thumbnailSize(), this.properties.jpegQuality());
			return Tiled.ok(tiles);
		});
	}

	/** Runs vips; the reason it failed (its own last words), or {@code null}. */
	private @Nullable String run(List<String> command) throws IOException {
		// Its words go to a file: reading a pipe would wait for a hung vips forever.
		Path said = Files.createTempFile("luutru-vips", ".log");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(said.toFile());
			builder.environment().put("VIPS_CONCURRENCY", Integer.toString(this.properties.effectiveThreads()));
			Process process = builder.start();
			try {
				if (!process.waitFor(this.properties.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
					process.destroyForcibly();
					return "vips took longer than luutru.tiling.timeout " + this.properties.timeout();
				}
			}
			catch (InterruptedException ex) {
				process.destroyForcibly();
				Thread.currentThread().interrupt();
				return "interrupted";
			}
			if (process.exitValue() != 0) {
				String text = Files.readString(said, StandardCharsets.UTF_8).strip();
				return "vips " + command.get(1) + " exit " + process.exitValue() + ": "
						+ text.lines().reduce((first, second) -> second).orElse("");
			}
			return null;
		}
		finally {
			Files.deleteIfExists(said);
		}
	}

	private static List<Integer> scaleFactors(JsonNode info) {
		List<Integer> factors = new ArrayList<>();
		info.path("tiles").path(0).path("scaleFactors").forEach((factor) -> factors.add(factor.asInt()));
		return factors;
	}

	@Override
	public String toString() {
		return "vips (" + this.properties.vipsCommand().toLowerCase(Locale.ROOT) + ")";
	}

}
