package vn.luutru.ingest.maps;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.storage.Derivatives;
import vn.luutru.ingest.extraction.ExtractedProcessor;
import vn.luutru.ingest.extraction.Extraction;
import vn.luutru.ingest.extraction.PageFailure;
import vn.luutru.ingest.extraction.PageText;
import vn.luutru.ingest.extraction.TextSource;

/**
 * A IIIF Image API level-0 service for every page of a document: the tile pyramid,
 * {@code info.json} and whole-page sizes the maps get, cut by the Java tiler from the
 * upright image OCR read (so nothing is decoded twice, and a bilevel scan gives grey
 * tiles), or for a page of text with no scan, from the page rendered at
 * {@link PageTilesProperties#textLayerDpi()}. Runs before the searchable PDF, which
 * deletes the scans; pages the map step tiles at its own resolution are left to it.
 *
 * <p>
 * A page that cannot be tiled keeps its ordinary picture and the reason is recorded among
 * the document's page failures; the document goes on.
 *
 * @param tiler the Java tiler with the page settings
 * @param derivatives where the tiles go
 * @param properties the page settings
 * @param maps the map step, which tiles the large pages
 */
public record PageTilesProcessor(Tiler tiler, Derivatives derivatives, PageTilesProperties properties,
		MapTilesProcessor maps) implements ExtractedProcessor {

	private static final Logger log = LoggerFactory.getLogger(PageTilesProcessor.class);

	/**
	 * The step, its tiler refusing pages above the render budget.
	 * @param maxPixels {@code luutru.limits.max-render-pixels}
	 */
	public static PageTilesProcessor of(PageTilesProperties properties, Derivatives derivatives, MapTilesProcessor maps,
			long maxPixels) {
		// One encoding thread: a page is small, and the OCR threads share the cores.
		TilingProperties tiling = new TilingProperties(properties.tileSize(), properties.jpegQuality(), maxPixels, 0,
				256, 1, "java", "vips", Duration.ofMinutes(5), properties.textLayerDpi());
		return new PageTilesProcessor(new MapTiler(tiling), derivatives, properties, maps);
	}

	@Override
	public Extraction processExtracted(Extraction.Extracted extracted) {
		if (!this.properties.enabled()) {
			return extracted;
		}
		Set<Integer> maps = new HashSet<>(this.maps.pagesToTile(extracted));
		DocumentId id = DocumentId.fromSha256(extracted.sha256());
		List<PageFailure> failures = new ArrayList<>();
		long started = System.nanoTime();
		int tiled = 0;
		for (PageText page : extracted.pages()) {
			if (maps.contains(page.number()) || page.source() == TextSource.FAILED) {
				continue;
			}
			Tiled outcome = tile(extracted, id, page);
			switch (outcome) {
				case null -> {
				}
				case Tiled.Ok ok -> tiled++;
				case Tiled.Refused refused -> failures.add(failure(page.number(), refused.reason()));
				case Tiled.Failed failed -> failures.add(failure(page.number(), failed.reason()));
			}
		}
		if (tiled > 0) {
			log.info("Cut the image services of {} page(s) of {} in {} ms", tiled,
					extracted.file().path().getFileName(), (System.nanoTime() - started) / 1_000_000);
		}
		return failures.isEmpty() ? extracted : extracted.withFailures(failures);
	}

	/** The page's tiles, or null when there is nothing to cut them from. */
	private Tiled tile(Extraction.Extracted extracted, DocumentId id, PageText page) {
		Path target = this.derivatives.iiif(id, page.number());
		// The server rewrites the id to its own address when it serves info.json.
		String baseUri = "/iiif/" + id.value() + "/" + page.number();
		if (page.scan() != null && Files.isRegularFile(page.scan())) {
			return this.tiler.tile(page.scan(), target, baseUri);
		}
		if (extracted.metadata().isPdf()) {
			return this.tiler.tilePdfPage(extracted.file().path(), page.number(), this.properties.textLayerDpi(),
					target, baseUri);
		}
		return null;
	}

	private static PageFailure failure(int page, String reason) {
		return new PageFailure(page, "Không tạo được ảnh phóng to: " + reason);
	}

}
