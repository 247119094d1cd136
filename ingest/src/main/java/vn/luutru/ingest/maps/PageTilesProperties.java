package vn.luutru.ingest.maps;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The IIIF image service of every page of a document (deep zoom in any IIIF viewer), cut
 * by the worker at ingest from the page image OCR read, so the web server never decodes a
 * scan.
 *
 * @param enabled whether every page gets a tile pyramid (default true); off, pages keep
 * the single picture the document page shows and only large maps are tiled
 * @param jpegQuality JPEG quality of the page tiles, 0 to 1 (default 0.75: text stays
 * sharp at full size; 0.9 nearly doubles the bytes, docs/benchmarks.md)
 * @param tileSize side of a square tile in pixels (default 512, as the maps')
 * @param textLayerDpi resolution a page with no scan (a born-digital PDF's page of text)
 * is rendered at to be tiled (default 150: an A4 page becomes 1240 × 1754 pixels)
 */
@ConfigurationProperties("luutru.iiif.page-tiles")
public record PageTilesProperties(@DefaultValue("true") boolean enabled, @DefaultValue("0.75") float jpegQuality,
		@DefaultValue("512") int tileSize, @DefaultValue("150") int textLayerDpi) {

	/** The defaults, for code and tests that run without Spring. */
	public static PageTilesProperties defaults() {
		return new PageTilesProperties(true, 0.75f, 512, 150);
	}

}
