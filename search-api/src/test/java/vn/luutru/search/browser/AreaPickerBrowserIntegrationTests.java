package vn.luutru.search.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.index.ArchiveIndex;
import vn.luutru.search.ArchiveEntries;
import vn.luutru.search.MapSheets;
import vn.luutru.search.users.NewUser;
import vn.luutru.search.users.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search page's area picker in a real headless Chromium: an officer clicks a ward on
 * the overview drawn from the gazetteer, then drags a box over it, and the list shows the
 * map sheets of that ward, then those whose footprint lies in the box.
 */
class AreaPickerBrowserIntegrationTests extends Browser {

	private static final String USER = "area-officer";

	private static final String PASSWORD = "mật khẩu thử nghiệm";

	private static final String WORD = "bdchonvung";

	// An Khánh ward's sheet with its footprint, one in Mỹ Khánh, and a scan of An Khánh
	// without georeference.
	private static final String AN_KHANH = MapSheets.id(21);

	private static final String MY_KHANH = MapSheets.id(22);

	private static final String SCANNED = MapSheets.id(23);

	@Autowired
	ElasticsearchClient client;

	@Autowired
	ArchiveIndex index;

	@BeforeEach
	void sheets() throws Exception {
		List<ArchiveEntry> entries = new ArrayList<>();
		entries.addAll(
				MapSheets.sheet(21, WORD, "phường An Khánh, quận Ninh Kiều", MapSheets.footprint(580_800, 1_108_300)));
		entries.addAll(
				MapSheets.sheet(22, WORD, "xã Mỹ Khánh, huyện Phong Điền", MapSheets.footprint(576_700, 1_107_000)));
		entries.addAll(MapSheets.sheet(23, WORD, "phường An Khánh, quận Ninh Kiều", Map.of()));
		ArchiveEntries.index(this.client, this.index, entries);
	}

	@Test
	void anOfficerPicksAWardThenDragsABoxAndSeesTheSheetsThere() {
		signIn(new NewUser(USER, "Cán bộ thử khu vực", Role.OFFICER.value(), PASSWORD));
		browser.get(url("/?q=" + WORD));
		browser.findElement(By.cssSelector("#area-picker summary")).click();
		WebElement anKhanh = new WebDriverWait(browser, Duration.ofSeconds(20))
			.until((d) -> d.findElements(By.cssSelector("#area-map g.unit[aria-label^='Phường An Khánh']"))
				.stream()
				.findFirst()
				.orElse(null));

		anKhanh.click();

		assertThat(listed()).containsExactlyInAnyOrder(AN_KHANH, SCANNED);
		assertThat(browser.findElement(By.id("q")).getDomProperty("value")).contains(WORD,
				"phuong:\"Phường An Khánh\"");

		// A box over the ward's overview: the georeferenced sheet only.
		WebElement rect = anKhanh.findElement(By.tagName("rect"));
		int width = rect.getRect().getWidth();
		int height = rect.getRect().getHeight();
		new Actions(browser).moveToElement(rect, -width / 2 + 2, -height / 2 + 2)
			.clickAndHold()
			.moveByOffset(width / 2, height / 2)
			.moveByOffset(width / 2 - 4, height / 2 - 4)
			.release()
			.perform();

		assertThat(listed()).containsExactly(AN_KHANH);
		assertThat(browser.findElement(By.id("q")).getDomProperty("value")).contains("vung:").doesNotContain("phuong:");
		Browser.screenshot(browser, "area-picker");
	}

	/** The documents listed once the search started by the picker has answered. */
	private List<String> listed() {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		wait.until((d) -> {
			String status = d.findElement(By.id("status")).getText();
			return !status.isEmpty() && !status.startsWith("Đang tìm") ? status : null;
		});
		return wait.until((d) -> {
			List<String> ids = d.findElements(By.cssSelector("#results li a[href*='document.html']"))
				.stream()
				.map((link) -> link.getDomAttribute("href").replaceAll(".*[?&]id=([0-9a-f]+).*", "$1"))
				.distinct()
				.toList();
			return ids;
		});
	}

}
