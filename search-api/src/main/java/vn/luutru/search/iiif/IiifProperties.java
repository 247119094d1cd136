package vn.luutru.search.iiif;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the IIIF manifests say about their source and how large a whole page the image
 * services hand out ({@code luutru.iiif.*}).
 *
 * @param provider the department that keeps the archive, the manifests' {@code provider}
 * @param rights the URI of the rights statement every manifest carries (default
 * RightsStatements.org "In Copyright – Educational Use Permitted": the papers of a state
 * body are not free to reuse, yet the department shows them for study)
 * @param attribution the text of every manifest's {@code requiredStatement}, shown by
 * viewers beside the image (default: kept by the department, not to be republished
 * without its consent)
 * @param maxWholeImage the longest side, in pixels, of a whole-page picture an image
 * service answers ({@code full/max} and the {@code sizes} of its {@code info.json}); at
 * least a tile's width is always served (default 2048: a screen's width, a few hundred
 * kilobytes of JPEG put together from the pyramid's tiles)
 */
@ConfigurationProperties("luutru.iiif")
record IiifProperties(@DefaultValue Provider provider,
		@DefaultValue("http://rightsstatements.org/vocab/InC-EDU/1.0/") String rights,
		@DefaultValue("Tài liệu lưu trữ của cơ quan; không sao chép, công bố lại khi chưa được cơ quan cho phép.") String attribution,
		@DefaultValue("2048") int maxWholeImage) {

	IiifProperties {
		if (maxWholeImage < 1) {
			throw new IllegalArgumentException("luutru.iiif.max-whole-image must be positive, not " + maxWholeImage);
		}
	}

	/**
	 * The department, as a manifest's {@code provider} names it.
	 *
	 * @param name its name (default "Sở Tài nguyên và Môi trường")
	 * @param homepage its web site, which also identifies it (default none: the archive's
	 * own address stands for it)
	 */
	record Provider(@DefaultValue("Sở Tài nguyên và Môi trường") String name, @DefaultValue("") String homepage) {
	}

}
