package vn.luutru.ingest.extraction;

import org.jspecify.annotations.Nullable;

import vn.luutru.ingest.ocr.RecognizedPage;

/**
 * What OCR read in one region of a tiled map, or why it could not.
 *
 * @param recognized the region's text and hOCR, in the region's own pixels; null when it
 * failed
 * @param failure why the region could not be read (for scanning staff), when it could not
 */
public record RegionText(@Nullable RecognizedPage recognized, @Nullable String failure) {

	/** A region OCR could not read, and why. */
	public static RegionText failed(String reason) {
		return new RegionText(null, reason);
	}

}
