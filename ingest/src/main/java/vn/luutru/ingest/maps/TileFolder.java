package vn.luutru.ingest.maps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A page's tile folder, written beside where it goes ({@code page-0001.partial}) and put
 * in place whole once complete: the viewer never finds half a pyramid, and tiling a page
 * again (a re-run of a file, a file ingested twice at once) replaces its tiles instead of
 * adding to what a run of another layout, or one that died half way, left there.
 */
final class TileFolder {

	private TileFolder() {
	}

	/** Writes the tiles into a folder that does not exist yet. */
	@FunctionalInterface
	interface Tiling {

		Tiled into(Path folder) throws IOException;

	}

	/**
	 * Tiles into a fresh partial folder and, when the tiling succeeds, moves it to
	 * {@code outDir} in place of whatever was there; otherwise leaves {@code outDir}
	 * alone.
	 * @param name the image, for the reason when the folder cannot be written
	 */
	static Tiled write(Path outDir, String name, Tiling tiling) {
		Path partial = outDir.resolveSibling(outDir.getFileName() + ".partial");
		try {
			delete(partial);
			Files.createDirectories(partial.getParent());
			Tiled tiled = tiling.into(partial);
			if (tiled instanceof Tiled.Ok) {
				delete(outDir);
				Files.move(partial, outDir);
			}
			else {
				delete(partial);
			}
			return tiled;
		}
		catch (IOException | RuntimeException ex) {
			return Tiled.failed("Không ghi được mảnh ảnh của " + name + " (" + ex + ")");
		}
	}

	private static void delete(Path tree) throws IOException {
		if (!Files.exists(tree)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(tree)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
