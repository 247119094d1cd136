package vn.luutru.system;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import vn.luutru.samples.SampleSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * IIIF the way other viewers use it, after a real ingest in a worker process: every page
 * of a scanned PDF and of a multi-page TIFF has a level-0 image service the web server
 * only serves (the worker cut it), the manifests point at them, and a report's chapters
 * become its {@code structures}; and the OCR time the worker spent shows on the web
 * server's {@code /actuator/prometheus}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestDerivativesIntegrationTests {

	@TempDir(factory = ReadableTempDirs.class)
	static Path scans;

	private Installation installation;

	private Api api;

	private Map<String, String> ids;

	@BeforeAll
	void ingestAScannedPdfAndAMultiPageTiff() throws IOException {
		this.installation = Installation.create("derivatives");
		this.api = this.installation.serveWithAdministrator();
		Path folder = Samples.copied(scans, "trang", SampleSet.SCANNED_NOTICE, SampleSet.REPORT_TIFF);
		Ran ingest = this.installation.luutru("ingest", folder.toString());
		assertThat(ingest.exitCode()).as(ingest::toString).isZero();
		String listed = get(
				"/api/search/all?q=" + URLEncoder.encode("môi trường", StandardCharsets.UTF_8) + "&size=100");
		List<String> names = JsonPath.read(listed, "$.documents[*].fileName");
		List<String> documentIds = JsonPath.read(listed, "$.documents[*].documentId");
		this.ids = new java.util.HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			this.ids.put(names.get(i), documentIds.get(i));
		}
		assertThat(this.ids).containsKeys(SampleSet.SCANNED_NOTICE, SampleSet.REPORT_TIFF);
	}

	@AfterAll
	void stopEverything() {
		if (this.installation != null) {
			this.installation.close();
		}
	}

	@Test
	void everyPageOfAScannedPdfIsALevelZeroImageService() throws IOException {
		everyCanvasHasALevelZeroService(this.ids.get(SampleSet.SCANNED_NOTICE));
	}

	@Test
	void everyPageOfAMultiPageTiffIsALevelZeroImageService() throws IOException {
		everyCanvasHasALevelZeroService(this.ids.get(SampleSet.REPORT_TIFF));
	}

	@Test
	void aPageTheDocumentDoesNotHaveIsNotFound() throws IOException {
		String id = this.ids.get(SampleSet.REPORT_TIFF);

		assertThat(this.api.get("/iiif/" + id + "/99/info.json").statusCode()).isEqualTo(404);
		assertThat(this.api.bytes("/iiif/" + id + "/99/full/max/0/default.jpg").statusCode()).isEqualTo(404);
	}

	@Test
	void aReportsChaptersAreTheRangesOfItsManifest() throws IOException {
		String id = this.ids.get(SampleSet.REPORT_TIFF);
		String manifest = get("/iiif/" + id + "/manifest");

		List<String> labels = JsonPath.read(manifest, "$.structures[*].label.vi[0]");
		assertThat(labels).anySatisfy((label) -> assertThat(label).startsWith("CHƯƠNG 2"))
			.anySatisfy((label) -> assertThat(label).startsWith("CHƯƠNG 5"));
		List<String> canvases = JsonPath.read(manifest, "$.structures[*].items[*].id");
		assertThat(canvases).allSatisfy((canvas) -> assertThat(canvas).matches(".*/iiif/" + id + "/canvas/\\d+"));
		assertThat(JsonPath.<List<String>>read(manifest, "$.structures[*].type")).containsOnly("Range");
	}

	@Test
	void theWorkersOcrSecondsPerPageAreScrapedFromTheWebServer() throws IOException {
		double pages = 0;
		double seconds = 0;
		for (int i = 0; i < 30 && pages == 0; i++) {
			// Prometheus' own formats, not JSON.
			HttpResponse<byte[]> scraped = this.api.bytes("/actuator/prometheus");
			assertThat(scraped.statusCode()).isEqualTo(200);
			String scrape = new String(scraped.body(), StandardCharsets.UTF_8);
			pages = sum(scrape, "luutru_ocr_seconds_count{");
			seconds = sum(scrape, "luutru_ocr_seconds_sum{");
			Installation.sleep(java.time.Duration.ofMillis(500));
		}

		// The notice's page and the report's three, at least: OCR'd in the worker.
		assertThat(pages).isGreaterThanOrEqualTo(4);
		assertThat(seconds).isPositive();
		// And every one of them timed on its own into the histogram's buckets.
		String scrape = new String(this.api.bytes("/actuator/prometheus").body(), StandardCharsets.UTF_8);
		assertThat(sum(scrape, "luutru_ocr_page_seconds_count{")).isEqualTo(pages);
		assertThat(sum(scrape, "luutru_ocr_page_seconds_sum{")).isCloseTo(seconds,
				org.assertj.core.data.Offset.offset(1e-6));
		List<Double> buckets = scrape.lines()
			.filter((line) -> line.startsWith("luutru_ocr_page_seconds_bucket{"))
			.map((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.toList();
		assertThat(buckets).hasSizeGreaterThan(2).isSorted();
		assertThat(buckets.getLast()).isEqualTo(pages);
		assertThat(scrape).contains("le=\"+Inf\"");
	}

	private static double sum(String scrape, String series) {
		return scrape.lines()
			.filter((line) -> line.startsWith(series))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

	private void everyCanvasHasALevelZeroService(String id) throws IOException {
		String manifest = get("/iiif/" + id + "/manifest");
		List<Map<String, Object>> canvases = JsonPath.read(manifest, "$.items[*]");
		assertThat(canvases).isNotEmpty();
		for (int page = 1; page <= canvases.size(); page++) {
			String canvas = "$.items[" + (page - 1) + "]";
			List<String> services = JsonPath.read(manifest, canvas + ".items[0].items[0].body.service[*].id");
			assertThat(services).as("page %d's image service", page).hasSize(1);
			assertThat(JsonPath.<List<String>>read(manifest, canvas + ".items[0].items[0].body.service[*].type"))
				.containsExactly("ImageService3");
			String service = URI.create(services.getFirst()).getPath();
			assertThat(service).isEqualTo("/iiif/" + id + "/" + page);
			String info = get(service + "/info.json");
			assertThat(JsonPath.<String>read(info, "$.id")).endsWith(service);
			assertThat(JsonPath.<String>read(info, "$.type")).isEqualTo("ImageService3");
			assertThat(JsonPath.<String>read(info, "$.protocol")).isEqualTo("http://iiif.io/api/image");
			assertThat(JsonPath.<String>read(info, "$.profile")).isEqualTo("level0");
			int width = JsonPath.read(info, "$.width");
			int height = JsonPath.read(info, "$.height");
			// Scanned A4 at the OCR resolution: deep zoom, not a 1190-pixel picture.
			assertThat(Math.max(width, height)).isGreaterThan(2000);
			assertThat(JsonPath.<Integer>read(manifest, canvas + ".width")).isEqualTo(width);
			assertThat(JsonPath.<Integer>read(manifest, canvas + ".height")).isEqualTo(height);
			List<Integer> widths = JsonPath.read(info, "$.sizes[*].width");
			List<Integer> heights = JsonPath.read(info, "$.sizes[*].height");
			assertThat(widths).isNotEmpty();
			for (int i = 0; i < widths.size(); i++) {
				assertPicture(service + "/full/" + widths.get(i) + "," + heights.get(i) + "/0/default.jpg",
						widths.get(i), heights.get(i));
			}
			assertPicture(service + "/full/max/0/default.jpg", widths.getLast(), heights.getLast());
			int tile = JsonPath.read(info, "$.tiles[0].width");
			List<Integer> factors = JsonPath.read(info, "$.tiles[0].scaleFactors");
			assertThat(factors).contains(1);
			for (int scale : factors) {
				// The first tile of every level, and the last one of the full-size level.
				int span = tile * scale;
				assertPicture(
						service + "/0,0," + Math.min(span, width) + "," + Math.min(span, height) + "/"
								+ ceil(Math.min(span, width), scale) + "," + ceil(Math.min(span, height), scale)
								+ "/0/default.jpg",
						ceil(Math.min(span, width), scale), ceil(Math.min(span, height), scale));
			}
			int lastX = (width - 1) / tile * tile;
			int lastY = (height - 1) / tile * tile;
			assertPicture(
					service + "/" + lastX + "," + lastY + "," + (width - lastX) + "," + (height - lastY) + "/"
							+ (width - lastX) + "," + (height - lastY) + "/0/default.jpg",
					width - lastX, height - lastY);
		}
	}

	private void assertPicture(String path, int width, int height) throws IOException {
		HttpResponse<byte[]> response = this.api.bytes(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
		assertThat(image).as(path).isNotNull();
		assertThat(image.getWidth()).as(path).isEqualTo(width);
		assertThat(image.getHeight()).as(path).isEqualTo(height);
	}

	private String get(String path) throws IOException {
		HttpResponse<String> response = this.api.get(path);
		assertThat(response.statusCode()).as(() -> path + ": " + response.body()).isEqualTo(200);
		return response.body();
	}

	private static int ceil(int length, int scale) {
		return (length + scale - 1) / scale;
	}

}
