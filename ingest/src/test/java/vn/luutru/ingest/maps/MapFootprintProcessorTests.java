package vn.luutru.ingest.maps;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.luutru.archive.index.Footprint;
import vn.luutru.archive.index.Place;
import vn.luutru.ingest.extraction.Extraction;
import vn.luutru.ingest.extraction.PageText;
import vn.luutru.ingest.extraction.TextSource;
import vn.luutru.ingest.intake.FingerprintedFile;
import vn.luutru.ingest.intake.ScannedFile;
import vn.luutru.ingest.maps.TilingFixtures.Field;
import vn.luutru.ingest.metadata.FileMetadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A GeoTIFF's footprint in WGS84 goes into the file's metadata, which the index entry's
 * place is made from; a coordinate system the archive does not know is said so there.
 */
class MapFootprintProcessorTests {

	private static final String SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

	@TempDir
	Path dir;

	@Test
	void aVn2000ProvincialZoneSheetGetsItsWgs84Footprint() throws Exception {
		// Đồng Tháp's TM-3 zone (EPSG:5897), 1 m pixels, upper-left at a point whose
		// WGS84 position PROJ gives as 105.53115606°E, 10.32843706°N.
		Path tiff = geoTiff("dong-thap.tif", 400, 300, 1, 557_975.802, 1_142_228.861, 5897);

		Map<String, String> metadata = processed(tiff);

		assertThat(metadata).containsEntry(Place.EPSG, "5897");
		assertThat(metadata.get(Place.GEOREFERENCE)).contains("EPSG:5897", "VN-2000 / TM-3 105-00");
		Footprint footprint = Place.of(metadata, List.of()).footprint();
		// The upper-left corner first; the grid leans from north (about 0.1° here), so
		// the envelope's edges are those of other corners.
		List<Double> upperLeft = footprint.shape().coordinates().getFirst().getFirst();
		assertThat(upperLeft.get(0)).isCloseTo(105.53115606, within(1e-6));
		assertThat(upperLeft.get(1)).isCloseTo(10.32843706, within(1e-6));
		// 400 m east and 300 m south, near enough to 10° north.
		assertThat((footprint.maxLon() - footprint.minLon()) * 111_320 * Math.cos(Math.toRadians(10.33))).isCloseTo(400,
				within(2.0));
		assertThat((footprint.maxLat() - footprint.minLat()) * 110_600).isCloseTo(300, within(2.0));
	}

	@Test
	void anUnknownCoordinateSystemIsSaidSoAndGivesNoFootprint() throws Exception {
		Path tiff = geoTiff("la.tif", 400, 300, 1, 585_000, 1_110_000, 2000);

		Map<String, String> metadata = processed(tiff);

		assertThat(metadata).doesNotContainKey(Place.FOOTPRINT);
		assertThat(metadata.get(Place.GEOREFERENCE)).contains("EPSG:2000", "chưa hỗ trợ");
	}

	@Test
	void aPlainScanIsLeftAsItIs() throws Exception {
		Path tiff = this.dir.resolve("scan.tif");
		Files.write(tiff, TilingFixtures.craftTiff(false, 200, 100, 1,
				TilingFixtures.map(200, 100, BufferedImage.TYPE_BYTE_GRAY), List.of()));

		assertThat(processed(tiff)).doesNotContainKeys(Place.FOOTPRINT, Place.GEOREFERENCE);
	}

	private Map<String, String> processed(Path tiff) throws Exception {
		Extraction.Extracted extracted = new Extraction.Extracted(
				new FingerprintedFile(new ScannedFile(tiff, Files.size(tiff)), SHA256),
				new FileMetadata("image/tiff", null, Map.of("Format", "TIFF")),
				List.of(new PageText(1, "BẢN ĐỒ ĐỊA CHÍNH", TextSource.OCR, 90f, null, null, null, null)), null);
		Extraction processed = new MapFootprintProcessor().process(extracted);
		assertThat(processed).isInstanceOf(Extraction.Extracted.class);
		Map<String, String> metadata = ((Extraction.Extracted) processed).metadata().properties();
		assertThat(metadata).containsEntry("Format", "TIFF");
		return metadata;
	}

	private Path geoTiff(String name, int width, int height, double metresPerPixel, double x, double y, int epsg)
			throws Exception {
		List<Field> geo = List.of(Field.doubles(ImageMetadata.MODEL_PIXEL_SCALE, metresPerPixel, metresPerPixel, 0),
				Field.doubles(ImageMetadata.MODEL_TIEPOINT, 0, 0, 0, x, y, 0),
				Field.shorts(ImageMetadata.GEO_KEY_DIRECTORY, 1, 1, 0, 3, 1024, 0, 1, 1, 3072, 0, 1, epsg, 3076, 0, 1,
						9001));
		Path tiff = this.dir.resolve(name);
		Files.write(tiff, TilingFixtures.craftTiff(false, width, height, 1,
				TilingFixtures.map(width, height, BufferedImage.TYPE_BYTE_GRAY), geo));
		return tiff;
	}

}
