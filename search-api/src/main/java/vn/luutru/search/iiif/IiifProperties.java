package vn.luutru.search.iiif;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How large a whole page the IIIF image services hand out ({@code luutru.iiif.*}).
 *
 * @param maxWholeImage the longest side, in pixels, of a whole-page picture an image
 * service answers ({@code full/max} and the {@code sizes} of its {@code info.json}); at
 * least a tile's width is always served (default 2048: a screen's width, a few hundred
 * kilobytes of JPEG put together from the pyramid's tiles)
 */
@ConfigurationProperties("luutru.iiif")
record IiifProperties(@DefaultValue("2048") int maxWholeImage) {

	IiifProperties {
		if (maxWholeImage < 1) {
			throw new IllegalArgumentException("luutru.iiif.max-whole-image must be positive, not " + maxWholeImage);
		}
	}

}
