package vn.luutru.search.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.luutru.archive.support.TestStores;
import vn.luutru.search.users.NewUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scanning staff upload scans from the ingestion page in headless Chromium: the files go
 * up with tus-js-client (from npm, served by this server under the strict
 * Content-Security-Policy), each with its progress, and the batch's job is queued and
 * listed.
 */
class UploadBrowserIntegrationTests extends Browser {

	static final String STAFF = "tai-len-trinh-duyet";

	static final String PASSWORD = "mật khẩu tải lên thử";

	static Path uploadRoot;

	@TempDir
	Path work;

	/**
	 * The batches are scans of the test's own: nothing is left in the shared temp folder.
	 */
	@AfterAll
	static void deleteUploads() throws IOException {
		org.springframework.util.FileSystemUtils.deleteRecursively(uploadRoot);
	}

	@DynamicPropertySource
	static void uploads(DynamicPropertyRegistry registry) throws Exception {
		uploadRoot = Files.createTempDirectory(TestStores.roots(), "tai-len-trinh-duyet");
		registry.add("luutru.upload.root", uploadRoot::toString);
	}

	@Test
	void scanningStaffUploadABatchAndItsJobIsQueued() throws Exception {
		Path first = Files.write(this.work.resolve("to-trinh-01.pdf"),
				"%PDF-1.7 thu 1".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		Path second = Files.write(this.work.resolve("ban-ve-02.tif"), new byte[3 * 1024 * 1024]);
		signIn(new NewUser(STAFF, "Thử tải lên", "scanning-staff", PASSWORD));
		browser.get(url("/jobs.html"));

		// What a drop hands the page, through the file picker WebDriver can fill.
		browser.findElement(By.id("files")).sendKeys(first + "\n" + second);

		new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.textMatches(By.id("upload-status"),
				java.util.regex.Pattern.compile("lượt nhập số \\d+")));
		assertThat(browser.findElement(By.id("upload-status")).getText()).startsWith("Đã tải lên 2/2 tệp");
		assertThat(browser.findElements(By.cssSelector("#uploads li"))).hasSize(2)
			.allSatisfy((item) -> assertThat(item.getText()).contains("Đã tải xong"));
		assertThat(browser.findElements(By.cssSelector("#uploads .upload-name"))).extracting(WebElement::getText)
			.containsExactlyInAnyOrder("to-trinh-01.pdf", "ban-ve-02.tif");
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector(".job[data-folder^='" + uploadRoot.toRealPath() + "/']")));
		Browser.screenshot(browser, "ingestion-upload");
		try (var batches = Files.list(uploadRoot)) {
			Path batch = batches.findFirst().orElseThrow();
			assertThat(batch.resolve("to-trinh-01.pdf")).hasSameBinaryContentAs(first);
			assertThat(batch.resolve("ban-ve-02.tif")).hasSameBinaryContentAs(second);
		}
	}

}
