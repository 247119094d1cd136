package vn.luutru.ingest.maps;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The scale a map sheet states in its title block ("Tỷ lệ 1:1000", "TL 1/2.000"). A plain
 * scan's DPI says how much paper a pixel covers; the scale turns that into ground, so the
 * viewer's scale bar measures the land, not the paper. A GeoTIFF's own georeference wins.
 */
final class MapScale {

	private static final Pattern STATED = Pattern
		.compile("\\b(?:ty\\s*le|tl)\\s*[:.]?\\s*1\\s*[:/]\\s*(\\d{1,3}(?:[.\\s]?\\d{3})*|\\d+)\\b");

	private MapScale() {
	}

	/** The scale denominator stated in the text (1000 for "1:1000"), when plausible. */
	static OptionalInt of(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('đ', 'd')
			.replace('Đ', 'D')
			.toLowerCase(Locale.ROOT);
		Matcher matcher = STATED.matcher(folded);
		while (matcher.find()) {
			String digits = matcher.group(1).replaceAll("[.\\s]", "");
			if (digits.length() <= 7) {
				int scale = Integer.parseInt(digits);
				// Cadastral sheets are 1:200 to 1:10 000, land-use maps up to 1:1 000
				// 000.
				if (scale >= 100 && scale <= 1_000_000) {
					return OptionalInt.of(scale);
				}
			}
		}
		return OptionalInt.empty();
	}

	/**
	 * Turns the paper resolution of a tiled scan into ground resolution in its
	 * {@code info.json}: {@code luutru:metresPerPixel} times the scale, and
	 * {@code luutru:mapScale}. Does nothing for a georeferenced map or without a DPI.
	 * @return whether the file was changed
	 */
	static boolean apply(Path infoJson, int scale) throws IOException {
		ObjectNode json = IiifInfo.read(infoJson);
		if (json.has("luutru:geo") || !json.has(IiifInfo.METRES_PER_PIXEL)) {
			return false;
		}
		double paper = json.get(IiifInfo.METRES_PER_PIXEL).asDouble();
		json.put(IiifInfo.METRES_PER_PIXEL, paper * scale);
		json.put("luutru:paperMetresPerPixel", paper);
		json.put("luutru:mapScale", scale);
		IiifInfo.write(infoJson, json);
		return true;
	}

}
