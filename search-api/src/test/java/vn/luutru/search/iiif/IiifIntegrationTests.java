package vn.luutru.search.iiif;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.luutru.archive.catalog.Documents;
import vn.luutru.search.TwoPagePdf;
import vn.luutru.archive.ServicesProperties;
import vn.luutru.archive.index.ArchiveIndex;
import vn.luutru.archive.support.TestStores;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The IIIF endpoints against the whole application, real stores and tiles laid out as the
 * worker's tiler lays them out: a map sheet with deep-zoom tiles and a born-digital text
 * document without any.
 */
// With IIIF public, as a department that lets viewers elsewhere on its network open the
// images sets it; AccessIntegrationTests covers the default, where IIIF needs a signed-in
// user.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "luutru.security.public-iiif=true")
class IiifIntegrationTests {

	private static final String MAP = "11f0000000000000000000a1";

	private static final String TEXT = "11f0000000000000000000a2";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@TempDir
	static Path work;

	@LocalServerPort
	int port;

	@Autowired
	ElasticsearchClient client;

	@Autowired
	ArchiveIndex index;

	@Autowired
	Documents catalogue;

	@Autowired
	ServicesProperties services;

	@Autowired
	vn.luutru.archive.storage.Derivatives derivatives;

	@DynamicPropertySource
	static void stores(DynamicPropertyRegistry registry) {
		TestStores.register(registry, "search-api");
	}

	@BeforeEach
	void documents() throws Exception {
		MapFixture.create(MAP, work, this.services.derivativesDir(), this.catalogue, this.client, this.index);
		TwoPagePdf.catalogued(this.catalogue, TEXT, work, "Công văn về việc <b>đo đạc</b>");
	}

	@Test
	void infoJsonNamesItsOwnAbsoluteUrlAndIsAValidLevel0Service() throws Exception {
		HttpResponse<String> response = get("/iiif/" + MAP + "/1/info.json");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/ld+json")
				.contains("profile=\"http://iiif.io/api/image/3/context.json\""));
		JsonNode info = JSON.readTree(response.body());
		assertThat(IiifSchemas.infoErrors(info)).isEmpty();
		assertThat(info.get("id").asText()).isEqualTo(url("/iiif/" + MAP + "/1"));
		assertThat(info.get("profile").asText()).isEqualTo("level0");
		assertThat(info.get("width").asInt()).isEqualTo(MapFixture.WIDTH);
		assertThat(info.get("luutru:metresPerPixel").asDouble()).isEqualTo(MapFixture.METRES_PER_PIXEL);
	}

	/**
	 * Image API 3.0 level 0 (compliance §3, image information §5): the required
	 * properties, a tile grid, the declared {@code sizes} and {@code maxWidth}/
	 * {@code maxHeight}, and every declared size, {@code full/max} and a sample of tiles
	 * served as JPEGs of exactly the size asked.
	 */
	@Test
	void theImageServiceMeetsLevel0() throws Exception {
		JsonNode info = JSON.readTree(get("/iiif/" + MAP + "/1/info.json").body());

		assertThat(IiifSchemas.infoErrors(info)).isEmpty();
		assertThat(info.get("@context").asText()).isEqualTo("http://iiif.io/api/image/3/context.json");
		assertThat(info.get("type").asText()).isEqualTo("ImageService3");
		assertThat(info.get("protocol").asText()).isEqualTo("http://iiif.io/api/image");
		assertThat(info.get("profile").asText()).isEqualTo("level0");
		assertThat(info.get("tiles")).isNotEmpty();
		// 3000×2000 in 512-pixel tiles: the levels of 1500, 750 and 375 pixels fit the
		// default 2048-pixel bound; the full size does not, so max is the 1500 level.
		List<int[]> sizes = new ArrayList<>();
		info.get("sizes")
			.forEach((size) -> sizes.add(new int[] { size.get("width").asInt(), size.get("height").asInt() }));
		assertThat(sizes).extracting((size) -> size[0] + "x" + size[1])
			.containsExactly("375x250", "750x500", "1500x1000");
		assertThat(info.get("maxWidth").asInt()).isEqualTo(1500);
		assertThat(info.get("maxHeight").asInt()).isEqualTo(1000);

		for (int[] size : sizes) {
			assertJpeg("/iiif/" + MAP + "/1/full/" + size[0] + "," + size[1] + "/0/default.jpg", size[0], size[1]);
		}
		assertJpeg("/iiif/" + MAP + "/1/full/max/0/default.jpg", 1500, 1000);
		JsonNode grid = info.get("tiles").get(0);
		int tile = grid.get("width").asInt();
		int tiles = 0;
		for (JsonNode factor : grid.get("scaleFactors")) {
			int scale = factor.asInt();
			int w = Math.min(tile * scale, MapFixture.WIDTH);
			int h = Math.min(tile * scale, MapFixture.HEIGHT);
			assertJpeg("/iiif/" + MAP + "/1/0,0," + w + "," + h + "/" + ceil(w, scale) + "," + ceil(h, scale)
					+ "/0/default.jpg", ceil(w, scale), ceil(h, scale));
			tiles++;
		}
		assertThat(tiles).isEqualTo(4);
		assertThat(get("/iiif/" + MAP + "/1/full/1499,999/0/default.jpg").statusCode()).isEqualTo(404);
		assertThat(get("/iiif/" + MAP + "/1/full/max/90/default.jpg").statusCode()).isEqualTo(404);
	}

	private void assertJpeg(String path, int width, int height) throws Exception {
		HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("image/jpeg");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
		assertThat(image).as(path).isNotNull();
		assertThat(image.getWidth() + "x" + image.getHeight()).as(path).isEqualTo(width + "x" + height);
	}

	@Test
	void theServiceUrlRedirectsToItsInfoJson() throws Exception {
		HttpResponse<String> response = get("/iiif/" + MAP + "/1");

		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(response.headers().firstValue("Location")).hasValue(url("/iiif/" + MAP + "/1/info.json"));
	}

	/**
	 * Every tile a level 0 client computes from {@code info.json} (each scale factor,
	 * each tile of the grid, in the canonical {@code x,y,w,h/w,h} form) is served.
	 */
	@Test
	void everyTileTheInfoJsonPromisesIsServedAndCachedForAYear() throws Exception {
		JsonNode info = JSON.readTree(get("/iiif/" + MAP + "/1/info.json").body());
		int width = info.get("width").asInt();
		int height = info.get("height").asInt();
		JsonNode tiles = info.get("tiles").get(0);
		int tile = tiles.get("width").asInt();
		List<String> urls = new ArrayList<>();
		for (JsonNode factor : tiles.get("scaleFactors")) {
			int scale = factor.asInt();
			int region = tile * scale;
			for (int y = 0; y < height; y += region) {
				for (int x = 0; x < width; x += region) {
					int w = Math.min(region, width - x);
					int h = Math.min(region, height - y);
					urls.add("/iiif/" + MAP + "/1/" + x + "," + y + "," + w + "," + h + "/" + ceil(w, scale) + ","
							+ ceil(h, scale) + "/0/default.jpg");
				}
			}
		}
		// 24 + 6 + 2 tiles in the first three levels; vips stops there, the Java tiler
		// (and the fixture) go on to a level of one tile.
		assertThat(urls).hasSizeBetween(24 + 6 + 2, 24 + 6 + 2 + 1);
		for (String url : urls) {
			HttpResponse<String> response = get(url);
			assertThat(response.statusCode()).as(url).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).as(url).hasValue("image/jpeg");
		}

		HttpResponse<String> first = get(urls.getFirst());
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(first.headers().firstValue("Last-Modified")).isPresent();
		HttpResponse<String> again = HTTP.send(
				HttpRequest.newBuilder(URI.create(url(urls.getFirst()))).header("If-None-Match", etag).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(again.statusCode()).isEqualTo(304);
	}

	@Test
	void requestsThatNameNoStoredTileAreProblemDetails() throws Exception {
		for (String path : List.of("/iiif/" + MAP + "/1/0,0,100,100/100,100/0/default.jpg",
				"/iiif/" + MAP + "/1/0,0,512,512/512,512/90/default.jpg",
				"/iiif/" + MAP + "/1/0,0,512,512/512,512/0/default.png", "/iiif/" + MAP + "/1/full/max/0/info.json",
				"/iiif/" + MAP + "/1/vips-properties/max/0/default.xml",
				"/iiif/" + MAP + "/2/0,0,512,512/512,512/0/default.jpg",
				"/iiif/not-an-id/1/0,0,512,512/512,512/0/default.jpg", "/iiif/" + TEXT + "/1/info.json",
				"/iiif/" + MAP + "/7/info.json", "/iiif/000000000000000000000000/manifest", "/iiif/not-an-id/manifest",
				"/iiif/not-an-id/1/info.json", "/iiif/000000000000000000000000/1/full/max/0/default.jpg")) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		}
		// Tomcat itself refuses encoded slashes, before the application sees them.
		assertThat(get("/iiif/" + MAP + "/1/..%2F..%2F..%2Finfo.json/max/0/default.jpg").statusCode()).isEqualTo(400);
		assertThat(get("/iiif/" + MAP + "/1/../../1/info.json/max/0/default.jpg").statusCode()).isIn(400, 404);
		HttpResponse<String> missing = get("/iiif/" + MAP + "/1/0,0,100,100/100,100/0/default.jpg");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(JSON.readTree(missing.body()).get("type").asText())
			.isEqualTo("tag:luutru,2025:problem/iiif-not-found");
	}

	@Test
	void theWholePageIsServedUnderFull() throws Exception {
		JsonNode manifest = JSON.readTree(get("/iiif/" + MAP + "/manifest").body());
		String body = manifest.at("/items/0/items/0/items/0/body/id").asText();
		assertThat(body).startsWith(url("/iiif/" + MAP + "/1/full/"));
		HttpResponse<String> response = get(body.substring(url("").length()));
		assertThat(response.statusCode()).isEqualTo(200);
	}

	@Test
	void externalViewersMayReadEverything() throws Exception {
		for (String path : List.of("/iiif/" + MAP + "/manifest", "/iiif/" + MAP + "/1/info.json",
				"/iiif/" + MAP + "/1/0,0,512,512/512,512/0/default.jpg")) {
			HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url(path)))
				.header("Origin", "https://projectmirador.org")
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
		}
		HttpResponse<String> preflight = HTTP.send(HttpRequest.newBuilder(URI.create(url("/iiif/" + MAP + "/manifest")))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://universalviewer.io")
			.header("Access-Control-Request-Method", "GET")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
	}

	@Test
	void theMapsManifestIsValidAndPointsAtItsTiles() throws Exception {
		HttpResponse<String> response = get("/iiif/" + MAP + "/manifest");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/ld+json")
				.contains("profile=\"http://iiif.io/api/presentation/3/context.json\""));
		JsonNode manifest = JSON.readTree(response.body());
		assertThat(IiifSchemas.manifestErrors(manifest)).isEmpty();
		assertThat(manifest.get("id").asText()).isEqualTo(url("/iiif/" + MAP + "/manifest"));
		assertThat(manifest.at("/label/vi/0").asText()).isEqualTo(MapFixture.TITLE);
		assertThat(manifest.get("metadata").toString()).contains("Loại tài liệu", "Bản đồ", "Năm", "2019",
				"Tờ bản đồ số", "12", "Phường An Khánh");
		JsonNode canvas = manifest.at("/items/0");
		assertThat(canvas.get("width").asInt()).isEqualTo(MapFixture.WIDTH);
		assertThat(canvas.get("height").asInt()).isEqualTo(MapFixture.HEIGHT);
		JsonNode annotation = canvas.at("/items/0/items/0");
		assertThat(annotation.get("target").asText()).isEqualTo(canvas.get("id").asText());
		JsonNode service = annotation.at("/body/service/0");
		assertThat(service.get("id").asText()).isEqualTo(url("/iiif/" + MAP + "/1"));
		assertThat(service.get("type").asText()).isEqualTo("ImageService3");
		assertThat(service.get("profile").asText()).isEqualTo("level0");
		assertThat(service.get("luutru:metresPerPixel").asDouble()).isEqualTo(MapFixture.METRES_PER_PIXEL);
		assertThat(manifest.get("rendering").findValuesAsText("id"))
			.containsExactly(url("/api/documents/" + MAP + "/file"));
		assertThat(manifest.at("/homepage/0/id").asText()).isEqualTo(url("/document.html?id=" + MAP));
		assertThat(canvas.at("/seeAlso/0/id").asText()).isEqualTo(url("/api/documents/" + MAP + "/pages/1/ocr"));
		assertThat(canvas.at("/seeAlso/0/format").asText()).isEqualTo("text/vnd.hocr+html");
		assertThat(canvas.at("/seeAlso/1/id").asText()).isEqualTo(url("/api/documents/" + MAP + "/pages/1/alto"));
		assertThat(canvas.at("/seeAlso/1/profile").asText()).isEqualTo("http://www.loc.gov/standards/alto/ns-v4#");
	}

	/**
	 * Presentation 3.0 §3.3 descriptive and rights properties, with the defaults of
	 * {@code luutru.iiif.*}, and the search services (Content Search 2.0, and 1.0 for
	 * Mirador 4).
	 */
	@Test
	void aManifestSaysWhoHoldsTheDocumentOnWhatTermsAndWhereToSearchIt() throws Exception {
		JsonNode manifest = JSON.readTree(get("/iiif/" + TEXT + "/manifest").body());

		assertThat(IiifSchemas.manifestErrors(manifest)).isEmpty();
		assertThat(manifest.at("/summary/vi/0").asText()).startsWith("2 trang, tệp cong-van.pdf");
		assertThat(manifest.at("/requiredStatement/label/vi/0").asText()).isEqualTo("Quyền sử dụng");
		assertThat(manifest.at("/requiredStatement/value/vi/0").asText()).contains("không sao chép");
		assertThat(manifest.get("rights").asText()).isEqualTo("http://rightsstatements.org/vocab/InC-EDU/1.0/");
		assertThat(manifest.at("/provider/0/type").asText()).isEqualTo("Agent");
		assertThat(manifest.at("/provider/0/label/vi/0").asText()).isEqualTo("Sở Tài nguyên và Môi trường");
		assertThat(manifest.at("/service/0/id").asText()).isEqualTo(url("/iiif/" + TEXT + "/search"));
		assertThat(manifest.at("/service/0/type").asText()).isEqualTo("SearchService2");
		assertThat(manifest.at("/service/1/@id").asText()).isEqualTo(url("/iiif/" + TEXT + "/search/1"));
		assertThat(manifest.at("/service/1/profile").asText()).isEqualTo("http://iiif.io/api/search/1/search");
		// A born-digital letter was never OCR'd: no word boxes to point at.
		assertThat(manifest.at("/items/0").has("seeAlso")).isFalse();
	}

	/**
	 * Content Search 2.0: the title's word, typed with or without its marks, is found on
	 * the map sheet, its OCR box (read on a half-size image) scaled to the canvas.
	 */
	@Test
	void aWordIsFoundInsideADocumentWithOrWithoutItsMarks() throws Exception {
		for (String query : List.of("chính", "CHINH", "chinh")) {
			HttpResponse<String> response = get("/iiif/" + MAP + "/search?q=" + encode(query));

			assertThat(response.statusCode()).as(query).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).as(query)
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/ld+json"));
			JsonNode answer = JSON.readTree(response.body());
			assertThat(IiifSchemas.searchErrors(answer)).as(query).isEmpty();
			assertThat(answer.get("id").asText()).isEqualTo(url("/iiif/" + MAP + "/search?q=" + encode(query)));
			assertThat(answer.get("items")).as(query).hasSize(1);
			assertThat(answer.at("/items/0/target").asText()).isEqualTo(answerTarget(MapFixture.CHINH_ON_CANVAS));
			assertThat(answer.at("/items/0/body/value").asText()).isEqualTo("CHÍNH");
		}
		JsonNode nothing = JSON.readTree(get("/iiif/" + MAP + "/search?q=" + encode("sông Hậu")).body());
		assertThat(IiifSchemas.searchErrors(nothing)).isEmpty();
		assertThat(nothing.get("items")).isEmpty();
		JsonNode version1 = JSON.readTree(get("/iiif/" + MAP + "/search/1?q=chinh").body());
		assertThat(version1.at("/resources/0/on").asText()).isEqualTo(answerTarget(MapFixture.CHINH_ON_CANVAS));
		assertThat(version1.at("/hits/0/match").asText()).isEqualTo("CHÍNH");
		assertThat(get("/iiif/000000000000000000000000/search?q=chinh").statusCode()).isEqualTo(404);
	}

	private String answerTarget(List<Integer> box) {
		return url("/iiif/" + MAP + "/canvas/1#xywh=" + box.get(0) + "," + box.get(1) + "," + box.get(2) + ","
				+ box.get(3));
	}

	private static String encode(String query) {
		return java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void aTextDocumentsManifestShowsItsPagePictures() throws Exception {
		JsonNode manifest = JSON.readTree(get("/iiif/" + TEXT + "/manifest").body());

		assertThat(IiifSchemas.manifestErrors(manifest)).isEmpty();
		assertThat(manifest.at("/label/vi/0").asText()).isEqualTo("Công văn về việc <b>đo đạc</b>");
		assertThat(manifest.get("items")).hasSize(2);
		JsonNode portrait = manifest.at("/items/0");
		JsonNode landscape = manifest.at("/items/1");
		assertThat(portrait.get("width").asInt()).isLessThan(portrait.get("height").asInt());
		assertThat(landscape.get("width").asInt()).isGreaterThan(landscape.get("height").asInt());
		JsonNode body = portrait.at("/items/0/items/0/body");
		assertThat(body.get("id").asText()).isEqualTo(url("/api/documents/" + TEXT + "/pages/1/image"));
		assertThat(body.get("format").asText()).isEqualTo("image/jpeg");
		assertThat(body.has("service")).isFalse();
		assertThat(manifest.has("structures")).as("a document without sections has no ranges").isFalse();
		assertThat(landscape.at("/thumbnail/0/id").asText())
			.isEqualTo(url("/api/documents/" + TEXT + "/pages/2/thumbnail"));
		assertThat(manifest.get("rendering").findValuesAsText("id"))
			.containsExactly(url("/api/documents/" + TEXT + "/file"), url("/api/documents/" + TEXT + "/pdf"));
	}

	/**
	 * The sections the worker kept (here a nested outline) are ranges of canvases: a
	 * section covers its pages up to the next one, its own pages before its subsections.
	 */
	@Test
	void aDocumentsSectionsAreItsManifestsRanges() throws Exception {
		Path structure = this.derivatives.structure(vn.luutru.archive.catalog.DocumentId.of(TEXT));
		Files.createDirectories(structure.getParent());
		Files.writeString(structure, """
				{"source": "outline", "sections": [
				  {"label": "Chương 1. Tổng quan", "page": 1,
				   "sections": [{"label": "1.1. Vị trí", "page": 2}]},
				  {"label": "Trang không có", "page": 9}
				]}
				""");
		try {
			JsonNode manifest = JSON.readTree(get("/iiif/" + TEXT + "/manifest").body());

			assertThat(IiifSchemas.manifestErrors(manifest)).isEmpty();
			JsonNode structures = manifest.get("structures");
			assertThat(structures).hasSize(1);
			JsonNode chapter = structures.get(0);
			assertThat(chapter.get("type").asText()).isEqualTo("Range");
			assertThat(chapter.get("id").asText()).isEqualTo(url("/iiif/" + TEXT + "/range/1"));
			assertThat(chapter.at("/label/vi/0").asText()).isEqualTo("Chương 1. Tổng quan");
			assertThat(chapter.at("/items/0/type").asText()).isEqualTo("Canvas");
			assertThat(chapter.at("/items/0/id").asText()).isEqualTo(url("/iiif/" + TEXT + "/canvas/1"));
			JsonNode section = chapter.at("/items/1");
			assertThat(section.get("type").asText()).isEqualTo("Range");
			assertThat(section.at("/label/vi/0").asText()).isEqualTo("1.1. Vị trí");
			assertThat(section.get("items").findValuesAsText("id")).containsExactly(url("/iiif/" + TEXT + "/canvas/2"));
		}
		finally {
			Files.delete(structure);
		}
	}

	private static int ceil(int pixels, int scale) {
		return (pixels + scale - 1) / scale;
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
