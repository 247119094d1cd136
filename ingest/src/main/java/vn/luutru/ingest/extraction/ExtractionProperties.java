package vn.luutru.ingest.extraction;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How page text is obtained.
 *
 * @param minTextLayerLetters letters a PDF page's text layer needs to be kept instead of
 * OCR'ing the page (default 20)
 * @param maxOcrPixels pages larger than this many pixels are downsampled before OCR, so
 * one A0 map cannot exhaust memory (default 60 million, an A3 page at 600 dpi)
 * @param maxImagePixels images declaring more pixels than this are set aside before any
 * decoding, as absurd headers or decompression bombs (default 2 billion)
 */
@ConfigurationProperties("luutru.extraction")
public record ExtractionProperties(@DefaultValue("20") int minTextLayerLetters,
		@DefaultValue("60000000") long maxOcrPixels, @DefaultValue("2000000000") long maxImagePixels) {
}
