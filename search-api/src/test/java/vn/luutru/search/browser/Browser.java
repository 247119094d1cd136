package vn.luutru.search.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.luutru.archive.support.TestStores;
import vn.luutru.search.TestAccounts;
import vn.luutru.search.system.CspReports;
import vn.luutru.search.users.NewUser;
import vn.luutru.search.users.UserService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium driven through its own chromedriver (packages
 * {@code chromium} and {@code chromium-driver}, installed by {@code ./luutru test}).
 * Pointing Selenium at both binaries keeps it from looking for a driver to download.
 *
 * <p>
 * A test class of the application's pages extends it for the start-up they all share: the
 * whole application on a random port against the embedded stores, one browser for the
 * class, and a test failed when the browser reported anything the Content-Security-Policy
 * blocked. Its static helpers serve the tests that start otherwise.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class Browser {

	static final Path CHROMIUM = Path.of(System.getProperty("luutru.test.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("luutru.test.chromedriver", "/usr/bin/chromedriver"));

	/** The test class's browser, open from its first test to its last. */
	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	CspReports cspReports;

	@Autowired
	UserService users;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void stores(DynamicPropertyRegistry registry) {
		TestStores.register(registry, "search-api");
		// Every visit reads the archive's figures afresh: tests change them between
		// visits.
		registry.add("luutru.monitoring.figures-kept", () -> "0s");
	}

	@BeforeAll
	static void openBrowser() {
		browser = open();
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
	}

	/** The pages work under the Content-Security-Policy: the browser reported nothing. */
	@AfterEach
	void nothingBlockedByTheContentSecurityPolicy() {
		assertThat(this.cspReports.recent()).isEmpty();
	}

	/**
	 * Makes the account unless it exists, and signs in with it through the login page.
	 */
	void signIn(NewUser account) {
		TestAccounts.ensure(this.jdbc, this.users, account);
		signIn(browser, url(""), account.username(), account.password());
	}

	/** The element once it is on the page, waited for up to 20 seconds. */
	WebElement waitFor(By locator) {
		return new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(locator));
	}

	void scrollTo(By locator) {
		browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(locator));
	}

	/** The address of a path in the application under test. */
	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/**
	 * A new headless browser. Fails, rather than skips, where Chromium is missing:
	 * {@code ./luutru test} installs it, so a missing browser is a broken set-up.
	 */
	static ChromeDriver open() {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			throw new IllegalStateException("Chromium (" + CHROMIUM + ") and chromedriver (" + CHROMEDRIVER
					+ ") are needed: install the Debian packages chromium and chromium-driver, or run ./luutru test");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		// --no-sandbox: Chromium's sandbox cannot start as root, which is how the tests
		// run here; the pages it opens are this application's own.
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--window-size=1280,900", "--lang=vi-VN");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
		return driver;
	}

	/**
	 * Signs in through the login page and waits for the signed-in page to show the user.
	 * @param base the application's URL, {@code http://localhost:port}
	 */
	static void signIn(ChromeDriver driver, String base, String username, String password) {
		driver.manage().deleteAllCookies();
		driver.get(base + "/login.html");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("#login button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until((d) -> d.findElements(By.cssSelector(".who-role")).isEmpty() ? null : Boolean.TRUE);
	}

	/** Keeps a screenshot of the page under {@code target/screenshots/<name>.png}. */
	static void screenshot(ChromeDriver driver, String name) {
		keep(driver, name);
	}

	/**
	 * Keeps a screenshot of one part of the page, scrolled into view, under
	 * {@code target/screenshots/<name>.png}: a section further down than a window shows.
	 */
	static void screenshot(ChromeDriver driver, WebElement part, String name) {
		driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", part);
		keep(part, name);
	}

	private static void keep(TakesScreenshot what, String name) {
		try {
			Path target = Path.of("target", "screenshots", name + ".png");
			Files.createDirectories(target.getParent());
			Files.write(target, what.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
