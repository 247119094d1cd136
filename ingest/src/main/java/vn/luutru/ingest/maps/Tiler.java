package vn.luutru.ingest.maps;

import java.nio.file.Path;

/**
 * Cuts a large image into IIIF Image API 3 level-0 tiles with {@code info.json} and
 * {@code thumbnail.jpg}. Implementations return outcomes as data; they never throw for a
 * bad image, and never decode a whole large image into the heap.
 */
public interface Tiler {

	/**
	 * Tiles an image file into {@code outDir} (replaced if it exists).
	 * @param baseUri the IIIF service id written into {@code info.json} (the server
	 * rewrites it to its own address when serving)
	 */
	Tiled tile(Path source, Path outDir, String baseUri);

	/**
	 * Tiles one page of a PDF (a map drawn or scanned into a PDF) rendered at
	 * {@code dpi}; the page's size at that resolution is checked against the pixel limit
	 * before it is rendered.
	 * @param page 1-based page number
	 */
	Tiled tilePdfPage(Path pdf, int page, int dpi, Path outDir, String baseUri);

	/** Whether an image of this size should be tiled rather than shown whole. */
	boolean shouldTile(int width, int height);

}
