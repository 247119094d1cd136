package vn.luutru.ingest.extraction;

import java.util.OptionalInt;

import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;

import org.jspecify.annotations.Nullable;
import org.w3c.dom.Node;

/**
 * The resolution an image file states, which Tesseract uses to judge text size.
 */
final class ImageResolution {

	// Many tools write 72 or 96 dpi as a placeholder; no office scanner scans text that
	// coarsely.
	private static final int MIN_PLAUSIBLE_DPI = 100;

	private static final int MAX_PLAUSIBLE_DPI = 2400;

	private ImageResolution() {
	}

	/**
	 * The stated dots per inch, if plausible. The standard metadata tree gives
	 * millimetres per pixel for every format (TIFF XResolution, PNG pHYs, JPEG JFIF
	 * density).
	 */
	static OptionalInt statedDpi(@Nullable IIOMetadata metadata) {
		if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
			return OptionalInt.empty();
		}
		Node root = metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
		for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
			if ("Dimension".equals(node.getNodeName())) {
				return pixelSize(node);
			}
		}
		return OptionalInt.empty();
	}

	private static OptionalInt pixelSize(Node dimension) {
		for (Node node = dimension.getFirstChild(); node != null; node = node.getNextSibling()) {
			if ("HorizontalPixelSize".equals(node.getNodeName())) {
				Node value = node.getAttributes().getNamedItem("value");
				if (value == null) {
					return OptionalInt.empty();
				}
				try {
					int dpi = (int) Math.round(25.4 / Double.parseDouble(value.getNodeValue()));
					return (dpi >= MIN_PLAUSIBLE_DPI && dpi <= MAX_PLAUSIBLE_DPI) ? OptionalInt.of(dpi)
							: OptionalInt.empty();
				}
				catch (NumberFormatException ex) {
					return OptionalInt.empty();
				}
			}
		}
		return OptionalInt.empty();
	}

}
