package vn.luutru.ingest.maps;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.luutru.archive.catalog.CatalogedDocument;

/**
 * Deep-zoom tiles for the large images of a batch: single-image files (a TIFF, JPEG or
 * PNG map sheet) and PDF pages whose longest side reaches
 * {@code luutru.tiling.min-side-to-tile}. The stored original is tiled, so the tiles
 * match what the archive keeps.
 */
public class MapTiles {

	private static final Logger log = LoggerFactory.getLogger(MapTiles.class);

	private final Tiler tiler;

	private final int pdfDpi;

	public MapTiles(Tiler tiler, int pdfDpi) {
		this.tiler = tiler;
		this.pdfDpi = pdfDpi;
	}

	/**
	 * Tiles the document's large pages: a single-image file (a TIFF, JPEG or PNG map
	 * sheet), or the pages of a PDF that are large at {@code luutru.tiling.pdf-dpi}.
	 * @param target where a page's tiles go
	 * @return why pages could not be tiled, by page number; empty when all that needed
	 * tiles got them
	 */
	public Map<Integer, String> tile(CatalogedDocument document, IntFunction<Path> target,
			IntFunction<String> pageText) {
		Map<Integer, String> failures = new TreeMap<>();
		if (document.contentType().equals("application/pdf")) {
			List<int[]> sizes;
			try {
				sizes = Tilers.pdfPageSizes(document.storedPath(), this.pdfDpi);
			}
			catch (IOException | RuntimeException ex) {
				return failures; // an unreadable PDF was set aside or reported by
									// extraction
			}
			for (int page = 1; page <= sizes.size(); page++) {
				int[] size = sizes.get(page - 1);
				if (this.tiler.shouldTile(size[0], size[1])) {
					int number = page;
					record(document, page, failures, () -> this.tiler.tilePdfPage(document.storedPath(), number,
							this.pdfDpi, target.apply(number), baseUri(document, number)), target, pageText);
				}
			}
			return failures;
		}
		// A multi-page TIFF is a scanned report: its pages are shown whole.
		if (!document.contentType().startsWith("image/") || document.pageCount() != 1) {
			return failures;
		}
		Optional<int[]> size = Tilers.declaredSize(document.storedPath());
		if (size.isPresent() && this.tiler.shouldTile(size.get()[0], size.get()[1])) {
			record(document, 1, failures,
					() -> this.tiler.tile(document.storedPath(), target.apply(1), baseUri(document, 1)), target,
					pageText);
		}
		return failures;
	}

	private void record(CatalogedDocument document, int page, Map<Integer, String> failures,
			java.util.function.Supplier<Tiled> tiling, IntFunction<Path> target, IntFunction<String> pageText) {
		long started = System.nanoTime();
		switch (tiling.get()) {
			case Tiled.Ok ok -> {
				log.info("Tiled {} page {} ({} × {}, {} levels) in {} ms with {}", document.fileName(), page,
						ok.info().width(), ok.info().height(), ok.info().scaleFactors().size(),
						(System.nanoTime() - started) / 1_000_000, this.tiler);
				// What the title block says ("Tỷ lệ 1:1000") turns paper into ground.
				java.util.OptionalInt scale = MapScale.of(pageText.apply(page));
				if (scale.isPresent()) {
					try {
						MapScale.apply(target.apply(page).resolve("info.json"), scale.getAsInt());
					}
					catch (IOException ex) {
						log.warn("Could not record the scale of {} page {}: {}", document.fileName(), page,
								ex.toString());
					}
				}
			}
			case Tiled.Refused refused -> failures.put(page, "Không tạo được ảnh phóng to: " + refused.reason());
			case Tiled.Failed failed -> failures.put(page, "Không tạo được ảnh phóng to: " + failed.reason());
		}
	}

	// The server rewrites the id to its own address when it serves info.json.
	private static String baseUri(CatalogedDocument document, int page) {
		return "/iiif/" + document.id().value() + "/" + page;
	}

}
