package vn.luutru.search.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import vn.luutru.archive.catalog.Documents;
import vn.luutru.search.iiif.MapFixture;
import vn.luutru.archive.ServicesProperties;
import vn.luutru.archive.index.ArchiveIndex;
import vn.luutru.search.users.NewUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer opens a tiled map sheet from its document page in the deep-zoom viewer, in a
 * real headless Chromium: the tiles come from {@code /iiif/}, and the scale bar says how
 * many metres a length on screen covers.
 */
class IiifViewerIntegrationTests extends Browser {

	private static final String MAP = "11f0000000000000000000b1";

	@TempDir
	static Path work;

	@Autowired
	ElasticsearchClient client;

	@Autowired
	ArchiveIndex index;

	@Autowired
	Documents catalogue;

	@Autowired
	ServicesProperties services;

	@Test
	void anOfficerZoomsIntoAMapSheetAndReadsItsScale() throws Exception {
		MapFixture.create(MAP, work, this.services.derivativesDir(), this.catalogue, this.client, this.index);

		String password = "mật khẩu xem bản đồ";
		signIn(new NewUser("map-officer-" + System.nanoTime() % 100000, null, "officer", password));
		browser.get(url("/document.html?id=" + MAP));
		// The document page itself opens the map's tiles at deep zoom, with its scale.
		new WebDriverWait(browser, Duration.ofSeconds(30)).until((driver) -> tilesFetched() >= 2 ? Boolean.TRUE : null);
		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#viewer #scale-bar")));
		assertThat(browser.findElement(By.id("identifiers")).getText()).contains("Bản đồ", "Phường An Khánh");
		assertThat(browser.findElement(By.cssSelector("#strip button[aria-current=page] img")).getDomAttribute("src"))
			.contains("/iiif/" + MAP + "/1/");

		// The wide viewer shows the same page across the window.
		WebElement link = browser.findElement(By.id("viewer-link"));
		assertThat(link.getText()).isEqualTo("Xem ảnh khổ rộng");
		link.click();
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/viewer.html"));

		new WebDriverWait(browser, Duration.ofSeconds(30)).until((driver) -> tilesFetched() >= 2 ? Boolean.TRUE : null);
		WebElement scale = new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("scale-bar")));
		assertThat(scale.getText()).matches("[0-9.,]+ (m|km)");
		assertThat(browser.findElement(By.id("title")).getText()).isEqualTo(MapFixture.TITLE);
		assertThat(browser.findElement(By.id("position")).getText()).isEqualTo("Trang 1 / 1");
		assertThat(browser.findElement(By.id("metadata")).getText()).contains("Bản đồ", "Phường An Khánh");

		// Zooming in shortens the ground a bar covers.
		double before = Double.parseDouble(scale.getDomAttribute("data-metres"));
		Thread.sleep(1000);
		Browser.screenshot(browser, "viewer");
		// A click zooms in, as in OpenSeadragon's default mouse gestures.
		new Actions(browser).moveToElement(browser.findElement(By.id("viewer"))).click().perform();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until((driver) -> Double
			.parseDouble(driver.findElement(By.id("scale-bar")).getDomAttribute("data-metres")) < before ? Boolean.TRUE
					: null);
	}

	@SuppressWarnings("unchecked")
	private long tilesFetched() {
		List<String> names = (List<String>) ((JavascriptExecutor) browser)
			.executeScript("return performance.getEntriesByType('resource').map((e) => e.name)");
		return names.stream()
			.filter((name) -> name.contains("/iiif/" + MAP + "/1/") && name.endsWith("/default.jpg"))
			.count();
	}

}
