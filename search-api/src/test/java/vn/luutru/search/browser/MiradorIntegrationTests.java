package vn.luutru.search.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.luutru.archive.ServicesProperties;
import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.index.ArchiveIndex;
import vn.luutru.archive.support.TestStores;
import vn.luutru.search.iiif.MapFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A third-party IIIF viewer, Mirador 4 (from npm, unpacked by the build under
 * {@code target/mirador}), on a page of another origin as a viewer elsewhere on the
 * department's network would be, opens a map sheet's manifest from the archive and finds
 * a word inside it through the manifest's search service: the search panel lists the hit.
 * IIIF is public here, as a department that lets such viewers in sets it; the archive's
 * own pages and their Content-Security-Policy play no part.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "luutru.security.public-iiif=true")
class MiradorIntegrationTests {

	private static final String MAP = "11f0000000000000000000c1";

	private static final Path MIRADOR = Path
		.of(System.getProperty("luutru.test.mirador", "target/mirador/package/dist"));

	// The page reads the manifest's address from its own query, so it stays a static
	// file.
	private static final String PAGE = """
			<!doctype html>
			<html lang="vi"><head><meta charset="utf-8"><title>Mirador</title></head>
			<body>
			<div id="mirador" style="position:absolute;inset:0"></div>
			<script src="mirador.min.js"></script>
			<script>
			  Mirador.viewer({ id: 'mirador', windows: [{
			    manifestId: new URLSearchParams(location.search).get('manifest'),
			    sideBarOpen: true, defaultSideBarPanel: 'search' }] });
			</script>
			</body></html>
			""";

	@TempDir
	static Path work;

	static ChromeDriver browser;

	static HttpServer viewer;

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

	@DynamicPropertySource
	static void stores(DynamicPropertyRegistry registry) {
		TestStores.register(registry, "search-api");
	}

	@BeforeAll
	static void openViewer() throws IOException {
		Path script = MIRADOR.resolve("mirador.min.js");
		assertThat(script).as("Mirador, unpacked by the build (mvn verify) from npm").isRegularFile();
		viewer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		viewer.createContext("/mirador.min.js",
				(exchange) -> send(exchange, "text/javascript", Files.readAllBytes(script)));
		viewer.createContext("/index.html",
				(exchange) -> send(exchange, "text/html;charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8)));
		viewer.start();
		browser = Browser.open();
	}

	@AfterAll
	static void closeViewer() {
		if (browser != null) {
			browser.quit();
		}
		if (viewer != null) {
			viewer.stop(0);
		}
	}

	@Test
	void miradorFindsAWordInsideAMapSheetThroughTheSearchService() throws Exception {
		MapFixture.create(MAP, work, this.services.derivativesDir(), this.catalogue, this.client, this.index);
		String manifest = "http://localhost:" + this.port + "/iiif/" + MAP + "/manifest";

		// Another origin than the archive's: 127.0.0.1 against localhost.
		browser.get("http://127.0.0.1:" + viewer.getAddress().getPort() + "/index.html?manifest=" + manifest);
		try {
			// Mirador offers its search panel only for a manifest with a search service.
			new WebDriverWait(browser, Duration.ofSeconds(60))
				.until((driver) -> driver.findElements(By.cssSelector("button[role=tab][aria-label='Search']"))
					.stream()
					.findFirst()
					.orElse(null))
				.click();
			WebElement terms = new WebDriverWait(browser, Duration.ofSeconds(20))
				.until((driver) -> driver.findElements(By.cssSelector("form[aria-label='Search'] input"))
					.stream()
					.findFirst()
					.orElse(null));
			terms.sendKeys("chinh", Keys.ENTER);

			// Typed without its marks, the title's word is found on the sheet's one page.
			WebElement hit = new WebDriverWait(browser, Duration.ofSeconds(30)).until((driver) -> driver
				.findElements(By.xpath("//strong[contains(., 'CHÍNH')]/ancestor::*[self::li or @role='button'][1]"))
				.stream()
				.findFirst()
				.orElse(null));
			assertThat(hit.getText()).contains("Trang 1", "CHÍNH");
			assertThat(browser.findElements(By.xpath("//*[contains(text(), 'No results found')]"))).isEmpty();
		}
		finally {
			Browser.screenshot(browser, "mirador-search");
		}
	}

	private static void send(com.sun.net.httpserver.HttpExchange exchange, String type, byte[] body)
			throws IOException {
		exchange.getResponseHeaders().add("Content-Type", type);
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

}
