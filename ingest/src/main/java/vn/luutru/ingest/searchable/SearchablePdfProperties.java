package vn.luutru.ingest.searchable;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The searchable PDF made for every document with OCR'd pages.
 *
 * @param enabled whether to make it (default true)
 * @param font a TrueType font with Vietnamese glyphs for the invisible text layer,
 * embedded as a subset (default DejaVu Sans from Debian's {@code fonts-dejavu-core})
 * @param jpegQuality JPEG quality of grey and colour page images, 0–1 (default 0.75: the
 * text stays crisp at 300 dpi at about a tenth of the raw size)
 */
@ConfigurationProperties("luutru.searchable-pdf")
public record SearchablePdfProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf") Path font,
		@DefaultValue("0.75") float jpegQuality) {

	/** The defaults, for code and tests that run without Spring. */
	public static SearchablePdfProperties defaults() {
		return new SearchablePdfProperties(true, Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"), 0.75f);
	}

}
