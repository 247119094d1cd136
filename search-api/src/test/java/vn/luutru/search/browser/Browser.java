package vn.luutru.search.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver (packages
 * {@code chromium} and {@code chromium-driver}, installed by {@code ./luutru test}).
 * Pointing Selenium at both binaries keeps it from looking for a driver to download.
 */
final class Browser {

	static final Path CHROMIUM = Path.of(System.getProperty("luutru.test.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("luutru.test.chromedriver", "/usr/bin/chromedriver"));

	private Browser() {
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
