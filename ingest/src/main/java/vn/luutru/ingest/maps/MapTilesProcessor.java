package vn.luutru.ingest.maps;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.storage.Derivatives;
import vn.luutru.ingest.extraction.ExtractedProcessor;
import vn.luutru.ingest.extraction.Extraction;
import vn.luutru.ingest.extraction.PageFailure;

/**
 * Deep-zoom tiles for the large images of a batch: single-image files (a TIFF, JPEG or
 * PNG map sheet) and PDF pages whose longest side reaches
 * {@code luutru.tiling.min-side-to-tile}, with the scale the title block states turning
 * the scan's paper into ground. The file's own bytes are tiled (its SHA-256 was taken:
 * they are the original the archive keeps), and each page's tiles replace any earlier
 * ones whole, so a file read again overwrites them.
 *
 * <p>
 * A page that cannot be tiled stays in the archive and searchable; only deep zoom is
 * missing, and scanning staff see why among the document's page failures.
 *
 * @param tiler the tiler
 * @param derivatives where the tiles go
 * @param pdfDpi the resolution PDF pages are judged and tiled at
 */
public record MapTilesProcessor(Tiler tiler, Derivatives derivatives, int pdfDpi) implements ExtractedProcessor {

	private static final Logger log = LoggerFactory.getLogger(MapTilesProcessor.class);

	@Override
	public Extraction processExtracted(Extraction.Extracted extracted) {
		List<PageFailure> failures = new ArrayList<>();
		for (int page : pagesToTile(extracted)) {
			switch (tile(extracted, page)) {
				case Tiled.Ok ok -> recordScale(extracted, page);
				case Tiled.Refused refused -> failures.add(failure(page, refused.reason()));
				case Tiled.Failed failed -> failures.add(failure(page, failed.reason()));
			}
		}
		return failures.isEmpty() ? extracted : extracted.withFailures(failures);
	}

	/**
	 * The pages large enough to tile: the pages of a PDF at the tiling resolution, or a
	 * single-image file. A multi-page TIFF is a scanned report: its pages are shown
	 * whole.
	 */
	List<Integer> pagesToTile(Extraction.Extracted extracted) {
		Path file = extracted.file().path();
		List<Integer> pages = new ArrayList<>();
		if (extracted.metadata().isPdf()) {
			try {
				List<int[]> sizes = Tilers.pdfPageSizes(file, this.pdfDpi);
				for (int page = 1; page <= sizes.size(); page++) {
					if (this.tiler.shouldTile(sizes.get(page - 1)[0], sizes.get(page - 1)[1])) {
						pages.add(page);
					}
				}
			}
			catch (IOException | RuntimeException ex) {
				// Extraction has set aside or reported an unreadable PDF already.
			}
		}
		else if (extracted.metadata().contentType().startsWith("image/") && extracted.pages().size() == 1) {
			Optional<int[]> size = Tilers.declaredSize(file);
			if (size.isPresent() && this.tiler.shouldTile(size.get()[0], size.get()[1])) {
				pages.add(1);
			}
		}
		return pages;
	}

	private Tiled tile(Extraction.Extracted extracted, int page) {
		Path file = extracted.file().path();
		DocumentId id = DocumentId.fromSha256(extracted.sha256());
		Path target = this.derivatives.iiif(id, page);
		// The server rewrites the id to its own address when it serves info.json.
		String baseUri = "/iiif/" + id.value() + "/" + page;
		Supplier<Tiled> tiling = extracted.metadata().isPdf()
				? () -> this.tiler.tilePdfPage(file, page, this.pdfDpi, target, baseUri)
				: () -> this.tiler.tile(file, target, baseUri);
		long started = System.nanoTime();
		Tiled tiled = tiling.get();
		if (tiled instanceof Tiled.Ok ok) {
			log.info("Tiled {} page {} ({} × {}, {} levels) in {} ms with {}", file.getFileName(), page,
					ok.info().width(), ok.info().height(), ok.info().scaleFactors().size(),
					(System.nanoTime() - started) / 1_000_000, this.tiler);
		}
		return tiled;
	}

	/**
	 * Records what the title block says ("Tỷ lệ 1:1000") in the page's {@code info.json},
	 * so the scale bar measures ground; the tiles stand even when it cannot be recorded.
	 */
	private void recordScale(Extraction.Extracted extracted, int page) {
		OptionalInt scale = MapScale
			.of((page <= extracted.pages().size()) ? extracted.pages().get(page - 1).text() : "");
		if (scale.isEmpty()) {
			return;
		}
		Path info = this.derivatives.iiif(DocumentId.fromSha256(extracted.sha256()), page).resolve("info.json");
		try {
			MapScale.apply(info, scale.getAsInt());
		}
		catch (IOException ex) {
			log.warn("Could not record the scale of {} page {}: {}", extracted.file().path().getFileName(), page,
					ex.toString());
		}
	}

	private static PageFailure failure(int page, String reason) {
		return new PageFailure(page, "Không tạo được ảnh phóng to: " + reason);
	}

}
