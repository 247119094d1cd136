package vn.luutru.archive.storage;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the index needs to rebuild a document's entries without reading the original
 * again, kept as {@code ocr/pages.json} beside the pages' texts. Its own format rather
 * than the index entry's: what is on disk outlives any index layout.
 *
 * @param metadata the file's metadata (author, creation date, producer, …)
 * @param pages every page, in page order
 */
public record PageRecords(Map<String, String> metadata, List<Page> pages) {

	public PageRecords {
		metadata = (metadata != null) ? Map.copyOf(metadata) : Map.of();
		pages = List.copyOf(pages);
	}

	/**
	 * One page as it was read (its text is in {@code ocr/page-0001.txt}).
	 *
	 * @param number 1-based page number
	 * @param textSource {@code text-layer}, {@code ocr}, {@code none} or {@code failed}
	 * @param ocrConfidence mean OCR confidence 0–100 of an OCR'd page
	 * @param image how its image was read for OCR; null for a text-layer page
	 */
	public record Page(int number, String textSource, @Nullable Float ocrConfidence, @Nullable Image image) {
	}

	/**
	 * How a page's image was read for OCR.
	 *
	 * @param width width in pixels of the image OCR saw (after turning)
	 * @param height height in pixels
	 * @param dpi resolution it was read or rendered at
	 * @param rotation clockwise turn applied before OCR, in degrees
	 * @param skew the small skew corrected before OCR, in degrees
	 */
	public record Image(int width, int height, int dpi, int rotation, float skew) {
	}

}
