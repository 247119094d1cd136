package vn.luutru.search.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import vn.luutru.archive.catalog.CatalogedDocument;
import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.identifiers.IdentifierReader;
import vn.luutru.archive.identifiers.IdentifiersProperties;
import vn.luutru.archive.index.ArchiveIndex;
import vn.luutru.archive.index.PageEntry;
import vn.luutru.search.ArchiveEntries;
import vn.luutru.search.TestAccounts;
import vn.luutru.search.users.NewUser;
import vn.luutru.search.users.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The archival-records pages in a real headless Chromium against the whole application
 * and the real stores: an officer edits a document's description and sees every broken
 * rule, an administrator records a destruction on the appraisal page and cannot confirm
 * it alone, an officer downloads an archival file as a BagIt bag from the file's page.
 */
class RecordsBrowserIntegrationTests extends Browser {

	static final String DOCUMENT = "4ec0dd000000000000000b01";

	static final String PASSWORD = "mật khẩu thử nghiệm";

	@Autowired
	ElasticsearchClient client;

	@Autowired
	ArchiveIndex index;

	@Autowired
	Documents catalogue;

	@BeforeEach
	void usersNoRecordsAndOneDocument() throws Exception {
		for (Role role : List.of(Role.OFFICER, Role.ADMINISTRATOR)) {
			TestAccounts.ensure(this.jdbc, this.users,
					new NewUser(user(role), "Người thử " + role.label(), role.value(), PASSWORD));
		}
		for (String table : List.of("appraisal_decisions", "archival_file_documents", "document_descriptions",
				"archival_files")) {
			this.jdbc.sql("DELETE FROM " + table).update();
		}
		if (this.catalogue.find(DocumentId.of(DOCUMENT)).isEmpty()) {
			this.catalogue.add(new CatalogedDocument(DocumentId.of(DOCUMENT), DOCUMENT + "0".repeat(40),
					"thong-bao-977.pdf", Path.of("/nonexistent/thong-bao-977.pdf"), Path.of("/nonexistent"),
					"application/pdf", 1000, 1, "Thông báo thu hồi đất", "ocr", Instant.now(), 0));
		}
		String text = "Số: 977/TB-STNMT Cần Thơ, ngày 25 tháng 10 năm 2019\nTHÔNG BÁO\nVề việc thu hồi đất";
		ArchiveEntries.index(this.client, this.index,
				List.of(new PageEntry(DOCUMENT, DOCUMENT + "0".repeat(40), "thong-bao-977.pdf", "Thông báo",
						"application/pdf", 1000, 1, 1, text, "ocr", 90f, null,
						new IdentifierReader(IdentifiersProperties.defaults()).read(text), Instant.now(), 0, null)));
	}

	@Test
	void anOfficerEditsADescriptionAndSeesEveryRuleItBreaks() {
		Browser.signIn(browser, url(""), user(Role.OFFICER), PASSWORD);
		browser.get(url("/document.html?id=" + DOCUMENT));
		// The document page shows its article once the document's details arrived.
		WebElement edit = waitFor(By.cssSelector("#document:not([hidden]) #edit-description:not([hidden])"));
		assertThat(browser.findElement(By.id("description")).getText()).contains("Thông báo", "977/TB-STNMT", "STNMT",
				"Hạn chế sử dụng");
		assertThat(browser.findElement(By.id("description-origin")).getText()).contains("Tự động");
		edit.click();
		WebElement subject = browser.findElement(By.id("d-subject"));
		subject.clear();
		WebElement symbol = browser.findElement(By.id("d-symbol"));
		symbol.clear();
		symbol.sendKeys("tb stnmt");
		browser.findElement(By.cssSelector("#description-form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#description-errors li"), 2));
		assertThat(browser.findElement(By.id("description-errors")).getText()).contains("Cần ghi trích yếu nội dung",
				"Ký hiệu văn bản viết hoa");
		scrollTo(By.id("description-form"));
		Browser.screenshot(browser, "description-errors");

		symbol.clear();
		symbol.sendKeys("TB-STNMT");
		subject.sendKeys("Về việc thu hồi đất của hộ ông Lê Văn Tám");
		browser.findElement(By.id("d-signer")).sendKeys("Nguyễn Văn A");
		browser.findElement(By.id("d-keywords")).sendKeys("thu hồi đất, An Khánh");
		new Select(browser.findElement(By.id("d-accessRegime"))).selectByValue("cong-khai");
		browser.findElement(By.cssSelector("#description-form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("description-origin"), "Đã lưu mô tả"));
		assertThat(browser.findElement(By.id("description")).getText()).contains("Lê Văn Tám", "Nguyễn Văn A",
				"thu hồi đất, An Khánh", "Công khai");
		assertThat(browser.findElement(By.id("description-form")).isDisplayed()).isFalse();
		scrollTo(By.id("description-heading"));
		Browser.screenshot(browser, "description");
	}

	@Test
	void anAdministratorRecordsADestructionThatAnotherMustConfirm() {
		this.jdbc.sql("""
				INSERT INTO archival_files (code, fonds_code, catalogue_number, file_number, title, document_type,
				    retention_years, access_regime, end_date, reliability)
				VALUES ('H12.1.7', 'H12', 1, 7, 'Công văn trao đổi về đo đạc năm 2012', 'cong-van', 10, 'han-che',
				    DATE '2012-12-31', 'so-hoa'),
				    ('H12.1.8', 'H12', 1, 8, 'Hồ sơ giao đất năm 2012', 'quyet-dinh', NULL, 'han-che',
				    DATE '2012-12-31', 'so-hoa')""").update();
		Browser.signIn(browser, url(""), user(Role.ADMINISTRATOR), PASSWORD);
		browser.get(url("/appraisal.html"));
		WebElement row = waitFor(By.cssSelector("#due tr[data-code='H12.1.7']"));
		assertThat(browser.findElements(By.cssSelector("#due tr[data-code]"))).hasSize(1);
		assertThat(row.getText()).contains("Công văn trao đổi", "10 năm");
		new Select(row.findElement(By.name("decision"))).selectByValue("destroy");
		row.findElement(By.name("reason")).sendKeys("Hội đồng xác định giá trị tài liệu: hết giá trị");
		row.findElement(By.cssSelector("button[type=submit]")).click();
		WebElement confirm = waitFor(By.cssSelector("#due tr[data-code='H12.1.7'] .confirm-destruction"));
		assertThat(browser.findElement(By.cssSelector("#due tr[data-code='H12.1.7']")).getText())
			.contains("Chờ xác nhận hủy", "hết giá trị");
		Browser.screenshot(browser, "appraisal");
		confirm.click();
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "quản trị viên khác"));
		assertThat(
				this.jdbc.sql("SELECT status FROM archival_files WHERE code = 'H12.1.7'").query(String.class).single())
			.isEqualTo("destruction-approved");
	}

	@Test
	void anOfficerDownloadsAnArchivalFileAsABagFromItsPage(@TempDir Path downloads) throws Exception {
		this.jdbc.sql("""
				INSERT INTO archival_files (code, fonds_code, catalogue_number, file_number, title, document_type,
				    retention_years, access_regime, end_date, reliability)
				VALUES ('H12.1.9', 'H12', 1, 9, 'Hồ sơ thu hồi đất năm 2019', 'thong-bao', NULL, 'han-che',
				    DATE '2019-12-31', 'so-hoa')""").update();
		this.jdbc.sql("INSERT INTO archival_file_documents (document_id, file_code, position) VALUES (?, 'H12.1.9', 1)")
			.param(DOCUMENT)
			.update();
		Browser.signIn(browser, url(""), user(Role.OFFICER), PASSWORD);
		browser.executeCdpCommand("Browser.setDownloadBehavior",
				java.util.Map.of("behavior", "allow", "downloadPath", downloads.toString()));
		browser.get(url("/files.html?code=H12.1.9"));

		WebElement export = waitFor(By.cssSelector("#file:not([hidden]) #export:not([hidden])"));
		Browser.screenshot(browser, "file-export");
		export.click();

		Path zip = new WebDriverWait(browser, Duration.ofSeconds(60)).until((d) -> downloaded(downloads));
		assertThat(zip.getFileName().toString()).startsWith("luutru-file-H12.1.9-").endsWith(".zip");
		Path bag = unzipped(zip, downloads.resolve("bag"));
		try (BagVerifier verifier = new BagVerifier()) {
			verifier.isValid(new BagReader().read(bag), false);
		}
		assertThat(bag.resolve("data/description.json")).content().contains("Hồ sơ thu hồi đất năm 2019", DOCUMENT);
		assertThat(bag.resolve("data/mets.xml")).content().contains("http://www.loc.gov/METS/", DOCUMENT);
	}

	/** The finished download, once Chromium has renamed it from its partial name. */
	private static @Nullable Path downloaded(Path folder) {
		try (var files = Files.list(folder)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".zip")).findFirst().orElse(null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Unzips a bag; returns its root folder. */
	private static Path unzipped(Path zip, Path target) throws IOException {
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				Path file = target.resolve(entry.getName()).normalize();
				assertThat(file.startsWith(target)).as(entry.getName()).isTrue();
				Files.createDirectories(file.getParent());
				Files.copy(in, file);
			}
		}
		try (var roots = Files.list(target)) {
			return roots.findFirst().orElseThrow();
		}
	}

	static String user(Role role) {
		return "records-" + role.value();
	}

}
