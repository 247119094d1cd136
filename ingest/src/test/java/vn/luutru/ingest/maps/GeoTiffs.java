package vn.luutru.ingest.maps;

import java.awt.image.BufferedImage;
import java.util.List;

import vn.luutru.ingest.maps.TilingFixtures.Field;

/** Small GeoTIFF map sheets for tests of other features, crafted byte by byte. */
public final class GeoTiffs {

	private GeoTiffs() {
	}

	/**
	 * A grey sheet in a projected coordinate system in metres.
	 * @param x the upper-left corner's easting
	 * @param y the upper-left corner's northing
	 * @param epsg the ProjectedCSTypeGeoKey
	 */
	public static byte[] projected(int width, int height, double metresPerPixel, double x, double y, int epsg) {
		List<Field> geo = List.of(Field.doubles(ImageMetadata.MODEL_PIXEL_SCALE, metresPerPixel, metresPerPixel, 0),
				Field.doubles(ImageMetadata.MODEL_TIEPOINT, 0, 0, 0, x, y, 0),
				Field.shorts(ImageMetadata.GEO_KEY_DIRECTORY, 1, 1, 0, 3, 1024, 0, 1, 1, 3072, 0, 1, epsg, 3076, 0, 1,
						9001));
		return TilingFixtures.craftTiff(false, width, height, 1,
				TilingFixtures.map(width, height, BufferedImage.TYPE_BYTE_GRAY), geo);
	}

}
