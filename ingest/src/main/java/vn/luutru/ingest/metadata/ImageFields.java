package vn.luutru.ingest.metadata;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.apache.tika.metadata.Metadata;
import org.jspecify.annotations.Nullable;

/**
 * Picks the {@link TechnicalMetadata} of an image out of what Tika's image parsers
 * report. The same fact comes under different names from different parsers (the TIFF
 * parser's {@code tiff:*}, metadata-extractor's tag names, ImageIO's tree for PNG), so
 * each field lists the names it is read from, first found wins.
 */
final class ImageFields {

	private static final int MAX_LENGTH = 200;

	private ImageFields() {
	}

	static TechnicalMetadata of(String format, Metadata metadata, @Nullable String error) {
		return new TechnicalMetadata(format, number(first(metadata, "tiff:ImageWidth", "Image Width", "width")),
				number(first(metadata, "tiff:ImageLength", "Image Height", "height")), resolution(metadata),
				first(metadata, "Exif IFD0:Compression", "Compression", "Compression CompressionTypeName",
						"Compression Type"),
				first(metadata, "Exif IFD0:Photometric Interpretation", "Photometric Interpretation",
						"Chroma ColorSpaceType", "Color Type"),
				first(metadata, "tiff:BitsPerSample", "Bits Per Sample", "Data BitsPerSample"),
				first(metadata, "tiff:Software", "Exif IFD0:Software", "Software", "xmp:CreatorTool"),
				first(metadata, "dc:creator", "Exif IFD0:Artist", "Artist"),
				first(metadata, "dcterms:created", "exif:DateTimeOriginal", "Exif SubIFD:Date/Time Original"),
				first(metadata, "dcterms:modified", "Exif IFD0:Date/Time", "Date/Time"), null, null, null, null, error);
	}

	private static @Nullable String resolution(Metadata metadata) {
		String x = first(metadata, "tiff:XResolution", "X Resolution");
		String y = first(metadata, "tiff:YResolution", "Y Resolution");
		if (x == null) {
			return null;
		}
		String unit = first(metadata, "tiff:ResolutionUnit", "Resolution Unit");
		if (unit == null) {
			return plain(x) + "x" + plain((y != null) ? y : x);
		}
		return switch (unit.toLowerCase(Locale.ROOT)) {
			case "inch", "inches" -> plain(x) + "x" + plain((y != null) ? y : x) + " dpi";
			// Digitisation requirements are stated in dpi; some writers record cm.
			case "cm" -> dpi(x) + "x" + dpi((y != null) ? y : x) + " dpi";
			default -> plain(x) + "x" + plain((y != null) ? y : x) + " " + unit;
		};
	}

	private static String dpi(String perCentimetre) {
		try {
			return Long.toString(Math.round(Double.parseDouble(plain(perCentimetre)) * 2.54));
		}
		catch (NumberFormatException ex) {
			return plain(perCentimetre) + "/cm";
		}
	}

	// "300.0" and "300 dots per inch" both become 300.
	private static String plain(String value) {
		String digits = value.strip().split("\\s+")[0];
		return digits.endsWith(".0") ? digits.substring(0, digits.length() - 2) : digits;
	}

	private static @Nullable Integer number(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip().split("\\s+")[0]);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable String first(Metadata metadata, String... names) {
		for (String name : List.of(names)) {
			String value = metadata.get(name);
			if (value != null && !value.isBlank()) {
				String normal = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
				return (normal.length() > MAX_LENGTH) ? normal.substring(0, MAX_LENGTH) : normal;
			}
		}
		return null;
	}

}
