package vn.luutru.ingest.maps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;

import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Resolution and GeoTIFF keys from ImageIO metadata: the standard tree for DPI (TIFF and
 * JPEG alike), the TIFF native tree for the GeoTIFF tags, which ImageIO does not
 * interpret.
 */
final class ImageMetadata {

	static final int MODEL_PIXEL_SCALE = 33550;

	static final int MODEL_TIEPOINT = 33922;

	static final int GEO_KEY_DIRECTORY = 34735;

	static final int GEOGRAPHIC_TYPE = 2048;

	static final int PROJECTED_CS_TYPE = 3072;

	static final int PROJ_LINEAR_UNITS = 3076;

	static final int LINEAR_METER = 9001;

	/**
	 * The native TIFF trees: the JDK's, and the JAI one TwelveMonkeys keeps for
	 * compatibility; both are TIFFIFD/TIFFField trees.
	 */
	private static final java.util.Set<String> TIFF_NATIVE = java.util.Set.of("javax_imageio_tiff_image_1.0",
			"com_sun_media_imageio_plugins_tiff_image_1.0");

	private ImageMetadata() {
	}

	/**
	 * DPI from the TIFF tags, or for other formats from the standard tree's millimetres
	 * per pixel. TwelveMonkeys fills the standard tree with 72 dpi when a TIFF states
	 * none.
	 */
	static @Nullable Double dpi(IIOMetadata metadata) {
		String tiff = nativeTiffFormat(metadata);
		if (tiff != null) {
			Map<Integer, double[]> fields = tiffFields(metadata.getAsTree(tiff));
			double[] resolution = fields.get(282);
			double[] unit = fields.get(296);
			int unitCode = (unit != null && unit.length > 0) ? (int) unit[0] : 2;
			if (resolution == null || resolution.length == 0 || !(resolution[0] > 0) || unitCode == 1) {
				return null;
			}
			double dpi = (unitCode == 3) ? resolution[0] * 2.54 : resolution[0];
			return Math.round(dpi * 100) / 100.0;
		}
		if (!metadata.isStandardMetadataFormatSupported()) {
			return null;
		}
		try {
			Node root = metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
			Double mm = firstValue(root, "HorizontalPixelSize");
			if (mm == null || !(mm > 0) || mm.isInfinite()) {
				return null;
			}
			double dpi = 25.4 / mm;
			// JFIF without units states an aspect ratio of 1:1, read as 1 "dpi"; not a
			// resolution.
			return (dpi >= 10) ? Math.round(dpi * 100) / 100.0 : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/** The GeoTIFF georeference, or {@code null} without a ModelPixelScaleTag. */
	static @Nullable GeoReference geo(IIOMetadata metadata) {
		String format = nativeTiffFormat(metadata);
		if (format == null) {
			return null;
		}
		Map<Integer, double[]> fields = tiffFields(metadata.getAsTree(format));
		return geo(fields);
	}

	static @Nullable GeoReference geo(Map<Integer, double[]> fields) {
		double[] scale = fields.get(MODEL_PIXEL_SCALE);
		double[] ties = fields.get(MODEL_TIEPOINT);
		if (scale == null || scale.length < 2) {
			return null;
		}
		List<GeoReference.TiePoint> tiePoints = new ArrayList<>();
		for (int i = 0; ties != null && i + 5 < ties.length; i += 6) {
			tiePoints.add(new GeoReference.TiePoint(ties[i], ties[i + 1], ties[i + 2], ties[i + 3], ties[i + 4],
					ties[i + 5]));
		}
		Map<Integer, Integer> keys = geoKeys(fields.get(GEO_KEY_DIRECTORY));
		Integer projected = userDefinedToNull(keys.get(PROJECTED_CS_TYPE));
		Integer geographic = userDefinedToNull(keys.get(GEOGRAPHIC_TYPE));
		Integer units = keys.get(PROJ_LINEAR_UNITS);
		boolean metres = projected != null && (units == null || units == LINEAR_METER);
		return new GeoReference((projected != null) ? projected : geographic, tiePoints, scale[0], scale[1], metres);
	}

	/**
	 * GeoKeyDirectoryTag: a header of four shorts, then (key, location, count, value).
	 */
	private static Map<Integer, Integer> geoKeys(double @Nullable [] directory) {
		Map<Integer, Integer> keys = new HashMap<>();
		if (directory == null || directory.length < 4) {
			return keys;
		}
		int count = (int) directory[3];
		for (int k = 0; k < count && 4 + k * 4 + 3 < directory.length; k++) {
			int at = 4 + k * 4;
			if (directory[at + 1] == 0) {
				keys.put((int) directory[at], (int) directory[at + 3]);
			}
		}
		return keys;
	}

	private static @Nullable Integer userDefinedToNull(@Nullable Integer code) {
		return (code == null || code == 0 || code == 32767) ? null : code;
	}

	private static @Nullable String nativeTiffFormat(IIOMetadata metadata) {
		String nativeName = metadata.getNativeMetadataFormatName();
		if (TIFF_NATIVE.contains(nativeName)) {
			return nativeName;
		}
		String[] extra = metadata.getExtraMetadataFormatNames();
		if (extra != null) {
			for (String name : extra) {
				if (TIFF_NATIVE.contains(name)) {
					return name;
				}
			}
		}
		return null;
	}

	/** Every TIFFField of the native tree as numbers (rationals divided out). */
	static Map<Integer, double[]> tiffFields(Node root) {
		Map<Integer, double[]> fields = new HashMap<>();
		if (!(root instanceof Element element)) {
			return fields;
		}
		NodeList all = element.getElementsByTagName("TIFFField");
		for (int i = 0; i < all.getLength(); i++) {
			Element field = (Element) all.item(i);
			String number = field.getAttribute("number");
			if (number.isEmpty()) {
				continue;
			}
			List<Double> values = new ArrayList<>();
			collectValues(field, values);
			fields.put(Integer.parseInt(number), values.stream().mapToDouble(Double::doubleValue).toArray());
		}
		return fields;
	}

	private static void collectValues(Node node, List<Double> values) {
		for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element) {
				String value = element.getAttribute("value");
				if (!value.isEmpty()) {
					Double number = number(value);
					if (number != null) {
						values.add(number);
					}
				}
				collectValues(child, values);
			}
		}
	}

	private static @Nullable Double number(String value) {
		try {
			int slash = value.indexOf('/');
			if (slash > 0) {
				double denominator = Double.parseDouble(value.substring(slash + 1));
				return (denominator != 0) ? Double.parseDouble(value.substring(0, slash)) / denominator : null;
			}
			return Double.parseDouble(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable Double firstValue(Node root, String elementName) {
		if (!(root instanceof Element element)) {
			return null;
		}
		NodeList nodes = element.getElementsByTagName(elementName);
		if (nodes.getLength() == 0) {
			return null;
		}
		return number(((Element) nodes.item(0)).getAttribute("value"));
	}

}
