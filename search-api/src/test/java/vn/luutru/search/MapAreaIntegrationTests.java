package vn.luutru.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.luutru.archive.geo.CoordinateSystem;
import vn.luutru.archive.geo.LonLat;
import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.index.ArchiveIndex;
import vn.luutru.archive.index.Place;
import vn.luutru.archive.support.TestStores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Map sheets by area against the real embedded Elasticsearch: GeoTIFF sheets of a VN-2000
 * TM-3 zone (EPSG:5897, central meridian 105°, the zone of Cần Thơ), their corners
 * brought to WGS84 as ingestion records them, searched with a box that some meet, one
 * straddles and two miss by 30 metres; a scanned map without georeference and one in an
 * unknown coordinate system never match a box. Sheets are 500 m squares.
 */
@Import(SignedIn.class)
@SpringBootTest
@AutoConfigureMockMvc
class MapAreaIntegrationTests {

	// A word only these sheets carry: test classes share the index.
	static final String WORD = "bdthuvung";

	static final CoordinateSystem ZONE = MapSheets.ZONE;

	// Sheets by their south-west corner in the zone's metres.
	static final String INSIDE = sheet(1);

	static final String INSIDE_TOO = sheet(2);

	static final String STRADDLING = sheet(3);

	static final String EAST_OUTSIDE = sheet(4);

	static final String SOUTH_OUTSIDE = sheet(5);

	static final String FAR = sheet(6);

	static final String SCANNED = sheet(7);

	static final String UNKNOWN_CRS = sheet(8);

	// The box: from (582100, 1109000) to (583200, 1109400) in the zone.
	static final LonLat SOUTH_WEST = ZONE.toWgs84(582_100, 1_109_000);

	static final LonLat NORTH_EAST = ZONE.toWgs84(583_200, 1_109_400);

	static final String BOX = SOUTH_WEST.lon() + "," + SOUTH_WEST.lat() + "," + NORTH_EAST.lon() + ","
			+ NORTH_EAST.lat();

	@DynamicPropertySource
	static void stores(DynamicPropertyRegistry registry) {
		TestStores.register(registry, "search-api");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	ElasticsearchClient client;

	@Autowired
	ArchiveIndex index;

	@BeforeEach
	void indexSheets() throws Exception {
		List<ArchiveEntry> entries = new ArrayList<>();
		entries.addAll(map(INSIDE, "phường An Khánh, quận Ninh Kiều", footprint(582_000, 1_109_000)));
		entries.addAll(map(INSIDE_TOO, "phường Xuân Khánh, quận Ninh Kiều", footprint(582_500, 1_109_000)));
		entries.addAll(map(STRADDLING, "phường Hưng Lợi, quận Ninh Kiều", footprint(583_000, 1_109_000)));
		entries.addAll(map(EAST_OUTSIDE, "phường Hưng Lợi, quận Ninh Kiều", footprint(583_230, 1_109_000)));
		entries.addAll(map(SOUTH_OUTSIDE, "xã Mỹ Khánh, huyện Phong Điền", footprint(582_000, 1_108_470)));
		entries.addAll(map(FAR, "thị trấn Phong Điền, huyện Phong Điền", footprint(570_000, 1_105_000)));
		entries.addAll(map(SCANNED, "phường An Khánh, quận Ninh Kiều", Map.of()));
		entries.addAll(map(UNKNOWN_CRS, "phường An Khánh, quận Ninh Kiều",
				Map.of(Place.GEOREFERENCE, "EPSG:2000: hệ tọa độ chưa hỗ trợ chuyển sang WGS84")));
		ArchiveEntries.index(this.client, this.index, entries);
	}

	@Test
	void aBoxFindsExactlyTheSheetsWhoseFootprintMeetsIt() throws Exception {
		assertThat(found(Map.of("bbox", BOX))).containsExactlyInAnyOrder(INSIDE, INSIDE_TOO, STRADDLING);
		// The same box typed into the query, and with words.
		assertThat(found(Map.of("q", "vung:" + BOX))).containsExactlyInAnyOrder(INSIDE, INSIDE_TOO, STRADDLING);
		assertThat(found(Map.of("q", "Xuân Khánh", "bbox", BOX))).containsExactly(INSIDE_TOO);
		// A box around the far sheet only.
		LonLat farCentre = ZONE.toWgs84(570_250, 1_105_250);
		String around = (farCentre.lon() - 0.001) + "," + (farCentre.lat() - 0.001) + "," + (farCentre.lon() + 0.001)
				+ "," + (farCentre.lat() + 0.001);
		assertThat(found(Map.of("bbox", around))).containsExactly(FAR);
	}

	@Test
	void wardsAndDistrictsFilterByTheUnitsTheSheetsName() throws Exception {
		assertThat(found(Map.of("q", "bdthuvung", "ward", "An Khánh"))).containsExactlyInAnyOrder(INSIDE, SCANNED,
				UNKNOWN_CRS);
		// Typed without diacritics, and by the ward that succeeded it in 2025.
		assertThat(found(Map.of("q", "bdthuvung phuong:\"an khanh\""))).containsExactlyInAnyOrder(INSIDE, SCANNED,
				UNKNOWN_CRS);
		assertThat(found(Map.of("q", "bdthuvung", "ward", "Ninh Kiều"))).containsExactlyInAnyOrder(INSIDE, INSIDE_TOO,
				STRADDLING, EAST_OUTSIDE, SCANNED, UNKNOWN_CRS);
		assertThat(found(Map.of("q", "bdthuvung", "district", "Phong Điền"))).containsExactlyInAnyOrder(SOUTH_OUTSIDE,
				FAR);
		assertThat(found(Map.of("q", "bdthuvung quan:\"Phong Dien\"", "bbox", BOX))).isEmpty();
	}

	@Test
	void aMalformedBoxIsAProblemInVietnamese() throws Exception {
		for (String bbox : List.of("105.7,10.0,105.8", "a,b,c,d", "105.8,10.0,105.7,10.1", "105.7,-91,105.8,10",
				"190,10,191,11")) {
			this.mvc.perform(get("/api/search").param("bbox", bbox))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.title").value("Khu vực không hợp lệ"))
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("bốn số")));
		}
		this.mvc.perform(get("/api/search").param("q", "vung:1,2,3")).andExpect(status().isBadRequest());
	}

	private List<String> found(Map<String, String> parameters) throws Exception {
		var request = get("/api/search").param("size", "100");
		parameters.forEach(request::param);
		String body = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return JsonPath.read(body, "$.hits[*].documentId");
	}

	private static Map<String, String> footprint(double west, double south) {
		return MapSheets.footprint(west, south);
	}

	private static List<ArchiveEntry> map(String id, String units, Map<String, String> metadata) {
		return MapSheets.sheet(Integer.parseInt(id.substring(id.length() - 3)), WORD, units, metadata);
	}

	private static String sheet(int n) {
		return MapSheets.id(n);
	}

}
