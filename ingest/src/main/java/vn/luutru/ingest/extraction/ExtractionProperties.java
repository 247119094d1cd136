package vn.luutru.ingest.extraction;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How page text is obtained.
 *
 * @param minTextLayerLetters letters a PDF page's text layer needs to be kept instead of
 * OCR'ing the page (default 20)
 * @param maxOcrPixels pages larger than this many pixels are downsampled before OCR, so
 * one A0 map cannot exhaust memory (default 60 million, an A3 page at 600 dpi); image
 * frames large enough to be read in tiles never are
 * @param maxImagePixels images declaring more pixels than this are set aside before any
 * decoding, as absurd headers or decompression bombs (default 2 billion)
 * @param mapTileThresholdPixels an image frame with more pixels than this, counted at the
 * resolution OCR reads it at ({@code mapMaxDpi}), is a large map and is read in
 * overlapping regions instead of whole and downsampled, which would lose its title block
 * (default 40 million: an A0 sheet at 300 dpi has 140 million, an A3 page at 400 dpi 31
 * million); 0 turns tiling off
 * @param mapTileSize a region's side in the pixels OCR reads (default 3000: 25 cm at 300
 * dpi, a few seconds of Tesseract, 9 MB of grey pixels)
 * @param mapTileOverlap how far neighbouring regions overlap, in the pixels OCR reads
 * (default 300: a line of map lettering twice over, so a word cut by one region's edge is
 * whole in the next); under half the tile size
 * @param mapMaxDpi the highest resolution a tiled map is read at: a 600 dpi scan is
 * subsampled to 300 dpi while it is decoded (default 400; Tesseract gains nothing above
 * 300–400 dpi and a 600 dpi scan costs four times the work)
 * @param mapScanMaxSide the longest side of the map's scan kept for the searchable PDF
 * (default 8000 pixels; a 1-gigapixel page cannot go into a PDF as it is)
 */
@ConfigurationProperties("luutru.extraction")
public record ExtractionProperties(@DefaultValue("20") int minTextLayerLetters,
		@DefaultValue("60000000") long maxOcrPixels, @DefaultValue("2000000000") long maxImagePixels,
		@DefaultValue("40000000") long mapTileThresholdPixels, @DefaultValue("3000") int mapTileSize,
		@DefaultValue("300") int mapTileOverlap, @DefaultValue("400") int mapMaxDpi,
		@DefaultValue("8000") int mapScanMaxSide) {

	@ConstructorBinding
	public ExtractionProperties {
		if (mapTileSize < 100 || mapTileOverlap < 0 || 2 * mapTileOverlap >= mapTileSize) {
			throw new IllegalArgumentException(
					"luutru.extraction.map-tile-size must be at least 100 and map-tile-overlap under half of it, were "
							+ mapTileSize + " and " + mapTileOverlap);
		}
		if (mapMaxDpi <= 0 || mapScanMaxSide <= 0) {
			throw new IllegalArgumentException("luutru.extraction.map-max-dpi and map-scan-max-side must be positive");
		}
	}

	/** These settings with the default map tiling. */
	public ExtractionProperties(int minTextLayerLetters, long maxOcrPixels, long maxImagePixels) {
		this(minTextLayerLetters, maxOcrPixels, maxImagePixels, 40_000_000L, 3000, 300, 400, 8000);
	}

}
