package vn.luutru.ingest.indexing;

import java.nio.file.Path;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.luutru.ingest.catalog.CatalogedDocument;
import vn.luutru.ingest.tiling.Tiled;
import vn.luutru.ingest.tiling.Tiler;
import vn.luutru.ingest.tiling.Tilers;

/**
 * Deep-zoom tiles for the large images of a batch: single-image files (a TIFF, JPEG or
 * PNG map sheet) whose longest side reaches {@code luutru.tiling.min-side-to-tile}. The
 * stored original is tiled, so the tiles match what the archive keeps.
 */
public class MapTiles {

	private static final Logger log = LoggerFactory.getLogger(MapTiles.class);

	private final Tiler tiler;

	public MapTiles(Tiler tiler) {
		this.tiler = tiler;
	}

	/**
	 * Tiles the document when it is a large single image.
	 * @return why it could not be tiled, or {@code null} when it was (or needs no tiles)
	 */
	@Nullable String tile(CatalogedDocument document, Path target) {
		// A multi-page TIFF is a scanned report: its pages are shown whole.
		if (!document.contentType().startsWith("image/") || document.pageCount() != 1) {
			return null;
		}
		Optional<int[]> size = Tilers.declaredSize(document.storedPath());
		if (size.isEmpty() || !this.tiler.shouldTile(size.get()[0], size.get()[1])) {
			return null;
		}
		long started = System.nanoTime();
		// The server rewrites the id to its own address when it serves info.json.
		Tiled tiled = this.tiler.tile(document.storedPath(), target, "/iiif/" + document.id().value() + "/1");
		return switch (tiled) {
			case Tiled.Ok ok -> {
				log.info("Tiled {} ({} × {}, {} levels) in {} ms with {}", document.fileName(), ok.info().width(),
						ok.info().height(), ok.info().scaleFactors().size(), (System.nanoTime() - started) / 1_000_000,
						this.tiler);
				yield null;
			}
			case Tiled.Refused refused -> "Không tạo được ảnh phóng to: " + refused.reason();
			case Tiled.Failed failed -> "Không tạo được ảnh phóng to: " + failed.reason();
		};
	}

}
