package vn.luutru.ingest.maps;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tiler the settings ask for: libvips when configured and installed, otherwise the
 * pure-Java one.
 */
public final class Tilers {

	private static final Logger log = LoggerFactory.getLogger(Tilers.class);

	private Tilers() {
	}

	/**
	 * The width and height an image file declares, read from its header only.
	 * @return empty when no decoder knows the file
	 */
	static java.util.Optional<int[]> declaredSize(java.nio.file.Path image) {
		try (BandSource bands = BandSource.open(image)) {
			return (bands != null)
					? java.util.Optional.of(new int[] { bands.header().width(), bands.header().height() })
					: java.util.Optional.empty();
		}
		catch (java.io.IOException | RuntimeException ex) {
			return java.util.Optional.empty();
		}
	}

	/**
	 * The pixel sizes of a PDF's pages at a resolution, from their page boxes (nothing is
	 * rendered).
	 */
	static java.util.List<int[]> pdfPageSizes(java.nio.file.Path pdf, int dpi) throws java.io.IOException {
		return PdfPageSize.all(pdf, dpi);
	}

	public static Tiler of(TilingProperties properties) {
		if ("vips".equalsIgnoreCase(properties.engine())) {
			if (VipsTiler.available(properties.vipsCommand())) {
				return new VipsTiler(properties);
			}
			log.warn("The vips command ({}) is missing: large maps are tiled by the slower Java engine. "
					+ "Install the Debian package libvips-tools.", properties.vipsCommand());
		}
		else if (!"java".equalsIgnoreCase(properties.engine())) {
			throw new IllegalArgumentException(
					"luutru.tiling.engine must be vips or java, not '" + properties.engine() + "'");
		}
		return new MapTiler(properties);
	}

}
