package vn.luutru.ingest.ocr;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How pages are OCR'd.
 *
 * @param languages Tesseract languages joined with {@code +} (default {@code vie+eng}:
 * Vietnamese, with English for the Latin abbreviations and foreign names in reports)
 * @param tessdataPath directory of the {@code .traineddata} files; {@code null} finds it
 * ({@code TESSDATA_PREFIX}, then the Debian and {@code /usr/local} locations)
 * @param dpi resolution PDF pages are rendered at for OCR, and assumed for images that do
 * not state theirs (default 300)
 * @param workers pages OCR'd at once, each by its own Tesseract on its own thread
 * (default 0: one per processor core)
 */
@ConfigurationProperties("luutru.ocr")
public record OcrProperties(@DefaultValue("vie+eng") String languages, @Nullable Path tessdataPath,
		@DefaultValue("300") int dpi, @DefaultValue("0") int workers, @DefaultValue("true") boolean detectOrientation) {

	/** The defaults, for code and tests that run without Spring. */
	public static OcrProperties defaults() {
		return new OcrProperties("vie+eng", null, 300, 0, true);
	}

	/** How many pages are OCR'd at once. */
	public int effectiveWorkers() {
		return (this.workers > 0) ? this.workers : Runtime.getRuntime().availableProcessors();
	}

}
