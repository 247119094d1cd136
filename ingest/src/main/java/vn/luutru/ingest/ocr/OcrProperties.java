package vn.luutru.ingest.ocr;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How pages are OCR'd.
 *
 * @param languages Tesseract languages, {@code +}-separated (default {@code vie+eng}:
 * Vietnamese text with English terms and Latin abbreviations)
 * @param tessdataPath the folder of {@code *.traineddata}; default: found among the usual
 * Debian and Tesseract locations, or {@code TESSDATA_PREFIX}
 * @param dpi resolution PDF pages are rendered at for OCR (default 300)
 */
@ConfigurationProperties("luutru.ocr")
public record OcrProperties(@DefaultValue("vie+eng") String languages, @Nullable Path tessdataPath,
		@DefaultValue("300") int dpi) {
}
