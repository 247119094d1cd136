package vn.luutru.search.iiif;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The {@code {region}/{size}/{rotation}/{quality}.{format}} of an Image API 3 request,
 * checked against the grammar of the spec before it touches the file system: only
 * segments a IIIF URL can have pass, so none can climb out of a page's tile folder.
 *
 * @param region e.g. {@code 0,0,512,512} or {@code full}
 * @param size e.g. {@code 512,512} or {@code max}
 * @param rotation e.g. {@code 0}
 * @param quality e.g. {@code default}
 * @param format e.g. {@code jpg}
 */
record TilePath(String region, String size, String rotation, String quality, String format) {

	private static final String NUMBER = "\\d{1,9}(\\.\\d{1,9})?";

	private static final Pattern REGION = Pattern
		.compile("full|square|\\d{1,9},\\d{1,9},\\d{1,9},\\d{1,9}|pct:" + NUMBER + "(," + NUMBER + "){3}");

	private static final Pattern SIZE = Pattern
		.compile("\\^?(max|\\d{1,9},|,\\d{1,9}|!?\\d{1,9},\\d{1,9}|pct:" + NUMBER + ")");

	private static final Pattern ROTATION = Pattern.compile("!?" + NUMBER);

	private static final Pattern QUALITY = Pattern.compile("color|gray|bitonal|default");

	private static final Pattern FORMAT = Pattern.compile("jpg|png|webp|tif|gif|jp2|pdf");

	/**
	 * A checked tile path.
	 * @throws IiifNotFound when a segment is not of the IIIF grammar
	 */
	static TilePath of(String region, String size, String rotation, String quality, String format) {
		if (!REGION.matcher(region).matches() || !SIZE.matcher(size).matches() || !ROTATION.matcher(rotation).matches()
				|| !QUALITY.matcher(quality).matches() || !FORMAT.matcher(format).matches()) {
			throw new IiifNotFound("'" + String.join("/", region, size, rotation, quality + "." + format)
					+ "' is not a IIIF image request of this archive.");
		}
		return new TilePath(region, size, rotation, quality, format);
	}

	/** Where the tile is kept under a page's tile folder. */
	Path in(Path folder) {
		return folder.resolve(this.region).resolve(this.size).resolve(this.rotation).resolve(fileName());
	}

	String fileName() {
		return this.quality + "." + this.format;
	}

	/** The same request for another region, e.g. {@code full} spelled as its pixels. */
	TilePath withRegion(String region) {
		return new TilePath(region, this.size, this.rotation, this.quality, this.format);
	}

	@Override
	public String toString() {
		return String.join("/", this.region, this.size, this.rotation, fileName());
	}

}
