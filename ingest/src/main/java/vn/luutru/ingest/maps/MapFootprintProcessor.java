package vn.luutru.ingest.maps;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.luutru.archive.geo.CoordinateSystem;
import vn.luutru.archive.geo.LonLat;
import vn.luutru.archive.index.Place;
import vn.luutru.ingest.extraction.ExtractedProcessor;
import vn.luutru.ingest.extraction.Extraction;

/**
 * Records where a GeoTIFF map sheet lies: its four corners brought to WGS84 longitude and
 * latitude in the file's metadata ({@value Place#FOOTPRINT}), which the page texts keep
 * and the index entry's {@link Place} is made from, at ingestion and at every reindex. A
 * map in a coordinate system the archive does not know keeps its words and tiles; its
 * metadata says why it has no footprint ({@value Place#GEOREFERENCE}). Only the header is
 * read, whatever the image's size. Thread-safe.
 */
public final class MapFootprintProcessor implements ExtractedProcessor {

	@Override
	public Extraction processExtracted(Extraction.Extracted extracted) {
		if (!"image/tiff".equals(extracted.metadata().contentType()) || extracted.pages().size() != 1) {
			return extracted;
		}
		Optional<ImageHeader> header = header(extracted);
		GeoReference geo = header.map(ImageHeader::geo).orElse(null);
		if (geo == null) {
			return extracted;
		}
		Map<String, String> recorded = recorded(geo, header.get().width(), header.get().height());
		return extracted.withMetadata(extracted.metadata().with(recorded));
	}

	static Map<String, String> recorded(GeoReference geo, int width, int height) {
		Integer epsg = geo.epsg();
		if (epsg == null) {
			return Map.of(Place.GEOREFERENCE,
					"GeoTIFF không nêu mã EPSG của hệ tọa độ: bản đồ không có vùng phủ để tìm theo khu vực");
		}
		Optional<CoordinateSystem> system = CoordinateSystem.of(epsg);
		if (system.isEmpty()) {
			return Map.of(Place.GEOREFERENCE, "EPSG:" + epsg
					+ ": hệ tọa độ chưa hỗ trợ chuyển sang WGS84, bản đồ không có vùng phủ để tìm theo khu vực");
		}
		List<GeoReference.Corner> corners = geo.footprint(width, height);
		if (corners.isEmpty()) {
			return Map.of(Place.GEOREFERENCE, "EPSG:" + epsg + ": GeoTIFF không có điểm khống chế (tie point)");
		}
		List<LonLat> wgs84 = corners.stream().map((c) -> system.get().toWgs84(c.x(), c.y())).toList();
		return Map.of(Place.GEOREFERENCE, "EPSG:" + epsg + " (" + system.get().name() + "), chuyển sang WGS84",
				Place.EPSG, Integer.toString(epsg), Place.FOOTPRINT, Place.footprintValue(wgs84));
	}

	private static Optional<ImageHeader> header(Extraction.Extracted extracted) {
		try (@Nullable
		BandSource bands = BandSource.open(extracted.file().path())) {
			return Optional.ofNullable((bands != null) ? bands.header() : null);
		}
		catch (IOException | RuntimeException ex) {
			// Extraction read the file; a header that cannot be read again only costs
			// the map its area.
			return Optional.empty();
		}
	}

}
