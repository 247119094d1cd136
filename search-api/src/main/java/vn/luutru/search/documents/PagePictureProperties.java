package vn.luutru.search.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Pixel budgets of the pictures the web server renders from stored PDFs, in its request
 * threads: a page whose box is absurdly large (a PDF may claim 200 inches a side) is
 * rendered at a lower resolution to fit, never at whatever its box asks for.
 *
 * @param maxPixels pixels of a page picture (default 4 million: a 1400-pixel-wide A4 page
 * is 2.8 million)
 * @param thumbnailMaxPixels pixels of a result-list thumbnail (default 250 thousand: a
 * 240-pixel-wide A4 page is 82 thousand)
 */
@ConfigurationProperties("luutru.documents.pictures")
public record PagePictureProperties(@DefaultValue("4000000") long maxPixels,
		@DefaultValue("250000") long thumbnailMaxPixels) {

	public PagePictureProperties {
		if (maxPixels <= 0 || thumbnailMaxPixels <= 0) {
			throw new IllegalArgumentException("luutru.documents.pictures.* must be positive");
		}
	}

	/** The defaults. */
	public static PagePictureProperties defaults() {
		return new PagePictureProperties(4_000_000, 250_000);
	}

}
