package vn.luutru.search.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import vn.luutru.archive.catalog.CatalogedDocument;
import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.identifiers.IdentifierReader;
import vn.luutru.archive.identifiers.IdentifiersProperties;
import vn.luutru.samples.SampleSet;
import vn.luutru.search.dossiers.DossierImportCommand;
import vn.luutru.search.users.NewUser;
import vn.luutru.search.users.Role;
import vn.luutru.search.ArchiveEntries;
import vn.luutru.search.TestAccounts;
import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.index.PageEntry;
import vn.luutru.archive.index.ArchiveIndex;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web pages in a real headless Chromium against the whole application and the real
 * stores: scanning staff start a job and watch a worker process finish it, officers
 * search without diacritics, and OCR text that looks like markup stays text.
 */
class BrowserIntegrationTests extends Browser {

	private static final Duration JOB_TIMEOUT = Duration.ofMinutes(5);

	private static final IdentifierReader IDENTIFIERS = new IdentifierReader(IdentifiersProperties.defaults());

	@TempDir
	static Path work;

	@Autowired
	ElasticsearchClient client;

	@Autowired
	ArchiveIndex index;

	@Autowired
	Documents catalogue;

	@Autowired
	DossierImportCommand dossierImport;

	@Autowired
	vn.luutru.archive.ServicesProperties services;

	@Autowired
	Environment environment;

	/** Test password of every role's user, made in {@link #oneUserPerRole()}. */
	static final String PASSWORD = "mật khẩu thử nghiệm";

	@BeforeEach
	void oneUserPerRole() {
		for (Role role : Role.values()) {
			TestAccounts.ensure(this.jdbc, this.users,
					new NewUser(user(role), "Người thử " + role.label(), role.value(), PASSWORD));
		}
	}

	static String user(Role role) {
		return "browser-" + role.value();
	}

	/**
	 * Signs in through the login page as the role's user, and lands on the role's start
	 * page.
	 */
	private void signInAs(Role role) {
		Browser.signIn(browser, url(""), user(role), PASSWORD);
		assertThat(browser.findElement(By.cssSelector(".who-role")).getText()).isEqualTo(role.label());
	}

	@Test
	void aPageAsksForLoginAndComesBackAfterIt() {
		browser.manage().deleteAllCookies();
		browser.get(url("/stats.html?from=2023-01-01"));
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login.html"));
		browser.findElement(By.id("username")).sendKeys(user(Role.VIEWER));
		browser.findElement(By.id("password")).sendKeys("sai mật khẩu");
		browser.findElement(By.cssSelector("#login button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Sai tên đăng nhập"));
		Browser.screenshot(browser, "login");
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.cssSelector("#login button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.urlContains("/stats.html?from=2023-01-01"));
		// A viewer's menu has no ingestion, no appraisal and no administration; the
		// archival files are there to read.
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".who-role")));
		assertThat(browser.findElements(By.cssSelector("nav.site-nav a"))).extracting(WebElement::getText)
			.containsExactly("Tìm kiếm", "Thống kê", "Hồ sơ lưu trữ");
		browser.findElement(By.cssSelector(".sign-out")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login.html?logout"));
	}

	private static final String ENDED = ":is([data-status=COMPLETED], [data-status=FAILED], [data-status=STOPPED], "
			+ "[data-status=ABANDONED])";

	// A rescan of the damaged file: the born-digital sample with a comment after its end,
	// so that its bytes are new to the archive.
	private static byte[] fixedPdf(Path samples) throws IOException {
		byte[] pdf = Files.readAllBytes(samples.resolve("quyet-dinh-born-digital.pdf"));
		byte[] rescan = java.util.Arrays.copyOf(pdf, pdf.length + 12);
		System.arraycopy("%quet lai\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, rescan, pdf.length, 10);
		return rescan;
	}

	@Test
	void scanningStaffStartAJobAndWatchAWorkerTakeItToTheEnd() throws Exception {
		Path samples = work.resolve("samples");
		SampleSet.generate(samples);
		signInAs(Role.SCANNING_STAFF);
		// Scanning staff start on the ingestion page, and it is all they see.
		assertThat(browser.getCurrentUrl()).endsWith("/jobs.html");
		assertThat(browser.findElements(By.cssSelector("nav.site-nav a"))).extracting(WebElement::getText)
			.containsExactly("Nhập tài liệu");

		browser.findElement(By.id("folder")).sendKeys(samples.toString());
		browser.findElement(By.cssSelector("#start button[type=submit]")).click();

		// The web server only records the job: it waits for a worker process.
		WebElement queued = new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector(".job[data-folder='" + samples + "'][data-status=QUEUED]")));
		assertThat(queued.findElement(By.cssSelector(".job-state")).getText()).isEqualTo("Đang chờ máy xử lý");
		WebElement job;
		WebElement retried;
		try (WorkerProcess worker = WorkerProcess.start(this.environment, Path.of("target/browser-worker.log"))) {
			// Waits for the job to end whichever way, then says which way it ended.
			job = new WebDriverWait(browser, JOB_TIMEOUT).until(ExpectedConditions
				.presenceOfElementLocated(By.cssSelector(".job[data-folder='" + samples + "']" + ENDED)));
			assertThat(job.getDomAttribute("data-status")).as(job.getText()).isEqualTo("COMPLETED");
			job.findElement(By.cssSelector(".job-failures summary")).click();
			assertThat(job.findElement(By.cssSelector(".job-failures tbody")).getText()).contains("hong.pdf",
					"không đọc được tệp PDF");
			Browser.screenshot(browser, "ingestion");

			// Staff rescan the damaged file, then retry it from the page: a new job
			// reads that one file, not the folder again.
			Files.write(samples.resolve("hong.pdf"), fixedPdf(samples));
			String first = job.getDomAttribute("data-job");
			job.findElement(By.cssSelector(".job-retry")).click();
			retried = new WebDriverWait(browser, JOB_TIMEOUT).until(ExpectedConditions.presenceOfElementLocated(
					By.cssSelector(".job:not([data-job='" + first + "'])[data-folder='" + samples + "']" + ENDED)));
			assertThat(retried.getDomAttribute("data-status")).as(retried.getText()).isEqualTo("COMPLETED");
			assertThat(retried.findElement(By.cssSelector(".job-figures")).getText()).contains("1/1 tệp", "1 tệp mới",
					"0 để riêng");
			String retriedId = retried.getDomAttribute("data-job");
			new WebDriverWait(browser, Duration.ofSeconds(20)).until(
					(driver) -> driver.findElement(By.cssSelector(".job[data-job='" + first + "'] .job-failures tbody"))
						.getDomProperty("textContent")
						.contains("Đã nhập lại ở lượt #" + retriedId));
			job = browser.findElement(By.cssSelector(".job[data-job='" + first + "']"));
		}
		WebElement bar = job.findElement(By.cssSelector(".job-progress"));
		assertThat(bar.getDomProperty("value")).isEqualTo(bar.getDomProperty("max")).isEqualTo("1000");
		// 11 pages in the 7 files (the damaged PDF counts as one); 10 of them read and
		// kept.
		assertThat(job.findElement(By.cssSelector(".job-figures")).getText()).contains("100%", "10/11 trang", "7/7 tệp",
				"6 tệp mới, 10 trang đã lưu", "1 để riêng");
		assertThat(job.findElement(By.cssSelector(".job-state")).getText()).isEqualTo("Đã xong");
		// Nothing of the first job is left to retry.
		assertThat(job.findElement(By.cssSelector(".job-retry")).isDisplayed()).isFalse();

		// The scanned notice is found without diacritics, and its page shows the matched
		// words boxed.
		signInAs(Role.OFFICER);
		browser.get(url("/?q=" + java.net.URLEncoder.encode("tai nguyen moi truong thong bao 977",
				java.nio.charset.StandardCharsets.UTF_8)));
		WebElement notice = new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(
					By.xpath("//li[contains(@class,'hit')][.//span[text()='thong-bao-977-tb-stnmt-scan.pdf']]//h2/a")));
		String hitPage = java.net.URI.create(notice.getDomProperty("href"))
			.getQuery()
			.replaceAll(".*(?:^|&)page=(\\d+).*", "$1");
		notice.click();
		// The document page opens the hit's page in its deep-zoom viewer, the matched
		// words boxed over the picture.
		WebElement viewer = new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#viewer")));
		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until((driver) -> driver.findElements(By.cssSelector("#viewer .hit-box"))
				.stream()
				.filter((box) -> box.getRect().getWidth() > 0 && box.getRect().getHeight() > 0)
				.count() >= 4 ? Boolean.TRUE : null);
		assertThat(browser.findElement(By.cssSelector("#strip button[aria-current=page]")).getDomAttribute("data-page"))
			.isEqualTo(hitPage);
		assertThat(browser.findElement(By.id("position")).getText()).startsWith("Trang " + hitPage + " / ");
		org.openqa.selenium.Rectangle frame = viewer.getRect();
		for (WebElement box : browser.findElements(By.cssSelector("#viewer .hit-box"))) {
			org.openqa.selenium.Rectangle mark = box.getRect();
			assertThat(mark.getX()).isGreaterThanOrEqualTo(frame.getX());
			assertThat(mark.getY()).isGreaterThanOrEqualTo(frame.getY());
			assertThat(mark.getX() + mark.getWidth()).isLessThanOrEqualTo(frame.getX() + frame.getWidth());
			assertThat(mark.getY() + mark.getHeight()).isLessThanOrEqualTo(frame.getY() + frame.getHeight());
		}
		new WebDriverWait(browser, Duration.ofSeconds(20)).until((driver) -> {
			String read = driver.findElement(By.id("page-text")).getText();
			return !read.isBlank() && !read.equals("Đang tải…") ? Boolean.TRUE : null;
		});
		// Next match zooms to the first box, then the second.
		browser.findElement(By.id("next-hit")).click();
		assertThat(browser.findElement(By.id("hit-position")).getText()).matches("Chỗ khớp 1 / \\d+");
		assertThat(browser.findElements(By.cssSelector("#viewer .hit-box.current"))).hasSize(1);
		browser.findElement(By.id("next-hit")).click();
		assertThat(browser.findElement(By.id("hit-position")).getText()).matches("Chỗ khớp 2 / \\d+");
		Thread.sleep(1500); // the zoom's animation
		((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
		Browser.screenshot(browser, "document-hits");
		// The previous match goes back to the first.
		browser.findElement(By.id("previous-hit")).click();
		assertThat(browser.findElement(By.id("hit-position")).getText()).matches("Chỗ khớp 1 / \\d+");

		// The map sheet was tiled: the document page opens it at deep zoom with the
		// searched words boxed on the map, and steps from one match to the next.
		browser
			.get(url("/?q=" + java.net.URLEncoder.encode("ban do dia chinh", java.nio.charset.StandardCharsets.UTF_8)));
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(
					By.xpath("//li[contains(@class,'hit')][.//span[text()='" + SampleSet.MAP_TIFF + "']]//h2/a")))
			.click();
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(
				(driver) -> driver.findElements(By.cssSelector("#viewer .hit-box")).size() >= 2 ? Boolean.TRUE : null);
		browser.findElement(By.id("next-hit")).click();
		assertThat(browser.findElement(By.id("hit-position")).getText()).matches("Chỗ khớp 1 / \\d+");
		new WebDriverWait(browser, Duration.ofSeconds(30)).until((driver) -> ((Number) ((JavascriptExecutor) driver)
			.executeScript("return performance.getEntriesByType('resource').filter(e => e.name.includes('/iiif/')"
					+ " && e.name.endsWith('/default.jpg')).length"))
			.intValue() >= 2 ? Boolean.TRUE : null);
		Browser.screenshot(browser, "document-map-hits");

		// The wide viewer shows the same page with the same boxes.
		browser.findElement(By.id("viewer-link")).click();
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(
				(driver) -> driver.findElements(By.cssSelector("#viewer .hit-box")).size() >= 2 ? Boolean.TRUE : null);
		browser.findElement(By.id("next-hit")).click();
		assertThat(browser.findElement(By.id("hit-position")).getText()).matches("Chỗ khớp 1 / \\d+");
		Thread.sleep(1500);
		Browser.screenshot(browser, "viewer-hits");
	}

	@Test
	void officersSearchWithoutDiacriticsAndSeeTheMatchMarked() throws IOException {
		indexPage("b40e5e000000000000000001", "Quyết định về khai thác nước dưới đất tại phường Thạch Thang");
		signInAs(Role.VIEWER);
		browser.get(url("/"));

		search("khai thac nuoc duoi dat");

		WebElement hit = browser.findElement(By.cssSelector("#results .hit"));
		assertThat(hit.findElement(By.cssSelector(".snippet")).getText()).contains("khai thác nước dưới đất");
		assertThat(hit.findElements(By.cssSelector(".snippet mark"))).extracting(WebElement::getText)
			.containsExactly("khai thác nước dưới đất");
		Browser.screenshot(browser, "search");
	}

	@Test
	void aHitShowsTheSnippetsOfItsOtherMatchingPagesWhenAsked() throws IOException {
		indexPage("b40e5e000000000000000005", "Báo cáo quan trắc vườn nhãn Long Tuyền, đợt một.",
				"Trang không liên quan.", "Phụ lục: vườn nhãn Long Tuyền, đợt hai.", "Vườn nhãn Long Tuyền: kết luận.");
		signInAs(Role.VIEWER);
		browser.get(url("/"));

		search("vuon nhan long tuyen");

		WebElement hit = browser.findElement(By.cssSelector("#results .hit"));
		assertThat(hit.findElements(By.cssSelector(".page-snippet"))).isEmpty();
		hit.findElement(By.cssSelector(".show-page-snippets")).click();
		List<WebElement> pages = new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#results .hit .page-snippet"), 3));
		assertThat(pages).extracting((page) -> page.findElement(By.tagName("a")).getText())
			.containsExactlyInAnyOrder("Trang 1", "Trang 3", "Trang 4");
		assertThat(pages).allSatisfy((page) -> assertThat(page.findElements(By.cssSelector(".snippet mark")))
			.extracting((mark) -> mark.getText().toLowerCase(java.util.Locale.ROOT))
			.contains("vườn nhãn long tuyền"));
		Browser.screenshot(browser, "search-page-snippets");
	}

	@Test
	void ocrTextThatLooksLikeMarkupStaysText() throws IOException {
		String hostile = "Biên bản vườn xoài <script>window.pwned = 1</script> <img src=x onerror=\"window.pwned = 2\">";
		indexPage("b40e5e000000000000000002", hostile);
		signInAs(Role.VIEWER);
		browser.get(url("/"));

		search("bien ban vuon xoai");

		WebElement snippet = browser.findElement(By.cssSelector("#results .hit .snippet"));
		assertThat(snippet.getText()).contains("<script>window.pwned = 1</script>", "<img src=x onerror=");
		assertThat(snippet.findElements(By.tagName("script"))).isEmpty();
		assertThat(snippet.findElements(By.tagName("img"))).isEmpty();
		assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined")).isEqualTo(true);
	}

	@Test
	void aFacetNarrowsTheSearchToItsValue() throws IOException {
		indexPage("b40e5e000000000000000003", "GIẤY PHÉP\nkhai thác nước mặt sông Hậu cho nhà máy nước Cái Răng");
		indexPage("b40e5e000000000000000004", "BIÊN BẢN\nkiểm tra khai thác nước mặt sông Hậu");
		signInAs(Role.OFFICER);
		browser.get(url("/"));

		search("nuoc mat song Hau");
		assertThat(browser.findElements(By.cssSelector("#results .hit"))).hasSizeGreaterThanOrEqualTo(2);
		WebElement permits = browser.findElements(By.cssSelector("#facets button.facet-value"))
			.stream()
			.filter((button) -> button.getText().startsWith("Giấy phép"))
			.findFirst()
			.orElseThrow();
		permits.click();

		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.attributeToBe(By.id("q"), "value", "nuoc mat song Hau loai:giay-phep"));
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until((driver) -> driver.findElements(By.cssSelector("#results .hit")).size() == 1 ? Boolean.TRUE : null);
		assertThat(browser.findElement(By.cssSelector("#results .hit .snippet")).getText()).contains("nhà máy nước");
		Browser.screenshot(browser, "search-facets");
	}

	@Test
	void anOfficerOpensAHitAttachesTheSuggestedDossierAndSeesItOnTheDossierPage() throws Exception {
		String id = "b40e5e000000000000000005";
		String code = "000.00.12.H13-240115-0042";
		this.catalogue.add(new CatalogedDocument(DocumentId.of(id), id + "0".repeat(40), "quyet-dinh-giao-dat.pdf",
				work.resolve("quyet-dinh-giao-dat.pdf"), work.resolve("quyet-dinh-giao-dat.pdf"), "application/pdf",
				1000, 1, "Quyết định giao đất cho hộ ông Lê Văn Tám", "ocr", Instant.now(), 0));
		String text = "QUYẾT ĐỊNH\nVề việc giao đất cho hộ ông Lê Văn Tám tại thửa đất số 88, tờ bản đồ số 7,"
				+ " phường An Khánh; mã hồ sơ " + code;
		ScannedPage.keep(this.services.derivativesDir(), id, List.of(text.split("\n")));
		indexPage(id, text);
		Path export = work.resolve("ho-so.csv");
		Files.writeString(export, "Mã hồ sơ,Tên thủ tục,Trạng thái,Người nộp,Số CCCD,Phường/Xã,Thửa đất\n" + code
				+ ",Giao đất,Đang giải quyết,Lê Văn Tám,092079009999,Phường An Khánh,7/88\n");
		assertThat(this.dossierImport.run(export, System.out)).isZero();
		signInAs(Role.OFFICER);
		browser.get(url("/"));

		search("giao dat ho ong Le Van Tam");
		browser.findElement(By.cssSelector("#results .hit h2 a")).click();

		WebElement suggestion = new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector(".suggestion[data-code='" + code + "'] .attach-suggestion")));
		assertThat(browser.findElement(By.id("page-text")).getText()).contains("thửa đất số 88");
		// What was read out of the text is shown, each value a search for the others
		// that carry it.
		WebElement identifiers = browser.findElement(By.id("identifiers"));
		assertThat(identifiers.getText()).contains("Mã hồ sơ", code, "Thửa đất (tờ/thửa)", "thửa 88, tờ 7");
		assertThat(identifiers.findElement(By.linkText("thửa 88, tờ 7")).getDomAttribute("href"))
			.isEqualTo("/?q=thua%3A88+to%3A7");
		assertThat(browser.findElement(By.cssSelector(".suggestion[data-code='" + code + "'] .evidence")).getText())
			.contains("Mã hồ sơ ghi trong tài liệu", "trang 1");
		browser.findElement(By.id("within-q")).sendKeys("to ban do so 7");
		browser.findElement(By.cssSelector("#within button")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#within-results li .snippet mark")));
		assertThat(browser.findElement(By.cssSelector("#within-results li")).getText()).startsWith("Trang 1")
			.contains("tờ bản đồ số 7");
		// The result takes the viewer to its page, the words searched for boxed there.
		browser.findElement(By.cssSelector("#within-results li a")).click();
		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until((driver) -> driver.findElements(By.cssSelector("#viewer .hit-box"))
				.stream()
				.filter((box) -> box.getRect().getWidth() > 0 && box.getRect().getHeight() > 0)
				.count() >= 5 ? Boolean.TRUE : null);
		assertThat(browser.getCurrentUrl()).contains("page=1", "q=to+ban+do+so+7");
		((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1400));
		Thread.sleep(1500); // the viewer settles in the taller window
		Browser.screenshot(browser, "document");
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
		browser.findElement(By.id("next-hit")).click();
		assertThat(browser.findElement(By.id("hit-position")).getText()).matches("Chỗ khớp 1 / \\d+");
		suggestion.click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector(".suggestion[data-code='" + code + "'] .attached")));

		browser.findElement(By.cssSelector("#dossiers a")).click();
		WebElement linked = new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector(".linked-document[data-document='" + id + "']")));
		assertThat(browser.findElement(By.id("fields")).getText()).contains("Giao đất", "Đang giải quyết", "Lê Văn Tám",
				"thửa 88, tờ 7", "092079009999");
		Browser.screenshot(browser, "dossier");

		// A viewer sees the same dossier with the ID number masked, and cannot detach.
		String dossierPage = browser.getCurrentUrl();
		String documentPage = url("/document.html?id=" + id);
		signInAs(Role.VIEWER);
		browser.get(dossierPage);
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector(".linked-document[data-document='" + id + "']")));
		assertThat(browser.findElement(By.id("fields")).getText()).contains("Lê Văn Tám", "•••••••••999")
			.doesNotContain("092079009999");
		assertThat(browser.findElements(By.cssSelector(".detach"))).isEmpty();
		Browser.screenshot(browser, "dossier-viewer");
		browser.get(documentPage);
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#dossiers a")));
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.invisibilityOfElementLocated(By.id("suggested")));
		assertThat(browser.findElement(By.id("attach")).isDisplayed()).isFalse();

		signInAs(Role.OFFICER);
		browser.get(dossierPage);
		linked = new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector(".linked-document[data-document='" + id + "'] .detach")));
		linked.click();
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.textToBe(By.id("documents"), "Chưa có tài liệu nào."));
	}

	@Test
	void inspectorsSeeTheFiguresOfAPeriod() throws Exception {
		Path export = work.resolve("thong-ke.csv");
		Files.writeString(export,
				"""
						Mã hồ sơ,Lĩnh vực,Tên thủ tục,Trạng thái,Ngày nhận,Ngày hẹn trả,Ngày trả,Hình thức trả
						000.00.12.H13-230301-0001,Đất đai,Đăng ký biến động,Đã trả kết quả,01/03/2023,15/03/2023,14/03/2023,Bưu điện
						000.00.12.H13-230302-0002,Đất đai,Đăng ký biến động,Đã trả kết quả,02/03/2023,16/03/2023,20/03/2023,Trực tiếp
						000.00.12.H13-230303-0003,Môi trường,Cấp giấy phép môi trường,Trả lại,03/03/2023,17/03/2023,10/03/2023,Trực tiếp
						000.00.12.H13-230304-0004,Môi trường,Cấp giấy phép môi trường,Đang giải quyết,04/03/2023,18/03/2023,,
						""");
		assertThat(this.dossierImport.run(export, System.out)).isZero();
		signInAs(Role.VIEWER);

		browser.get(url("/stats.html?from=2023-01-01&to=2023-12-31"));

		WebElement received = new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector(".tile[data-figure=received] .tile-value")));
		assertThat(received.getText()).isEqualTo("4");
		assertThat(browser.findElement(By.cssSelector(".tile[data-figure=returnedByPost] .tile-value")).getText())
			.isEqualTo("1");
		// Three returned, one of them late.
		assertThat(browser.findElement(By.cssSelector(".tile[data-figure=onTimeRate] .tile-value")).getText())
			.isEqualTo("66,7%");
		assertThat(browser.findElement(By.id("by-field")).getText()).contains("Đất đai", "Môi trường");
		Browser.screenshot(browser, "statistics");
	}

	@Test
	void anAdministratorCreatesAUserAndFindsItInTheAuditLog() {
		signInAs(Role.ADMINISTRATOR);
		browser.get(url("/admin.html"));
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("#users tr[data-username='" + user(Role.OFFICER) + "']")));
		// No fixity check runs in these tests: the section says how to run one.
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions
			.textToBePresentInElementLocated(By.id("fixity-summary"), "Chưa có lần kiểm tra nào"));
		String name = "tt.hoa" + System.nanoTime() % 100000;
		browser.findElement(By.cssSelector("#new-user [name=username]")).sendKeys(name);
		browser.findElement(By.cssSelector("#new-user [name=displayName]")).sendKeys("Trần Thị Hoa");
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector("#new-user [name=role]")))
			.selectByValue("officer");
		browser.findElement(By.cssSelector("#new-user button[type=submit]")).click();
		WebElement once = new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-once")));
		assertThat(once.getText()).startsWith("Mật khẩu của " + name + ": ");
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(
				ExpectedConditions.presenceOfElementLocated(By.cssSelector("#users tr[data-username='" + name + "']")));
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit"), "user " + name));
		assertThat(browser.findElement(By.cssSelector("#audit tbody tr")).getText()).contains(user(Role.ADMINISTRATOR),
				"user.create", "Trần Thị Hoa");
		Browser.screenshot(browser, "admin");
	}

	/**
	 * The monitoring section has a tile per kind of reason files were set aside for, most
	 * first, in words for staff.
	 */
	@Test
	void anAdministratorSeesTheFilesSetAsideByKind() {
		for (String kind : new String[] { "encrypted", "encrypted", "encrypted", "too-many-pages" }) {
			this.jdbc
				.sql("""
						INSERT INTO ingest_failures (job_execution_id, source_path, file_name, reason, reason_kind, failed_at)
						VALUES (0, '/srv/scans/giam-sat.pdf', 'giam-sat.pdf', 'để riêng', ?, now())""")
				.param(kind)
				.update();
		}
		long encrypted = this.jdbc
			.sql("SELECT count(*) FROM ingest_failures WHERE page IS NULL AND reason_kind = 'encrypted'")
			.query(Long.class)
			.single();
		signInAs(Role.ADMINISTRATOR);
		browser.get(url("/admin.html"));

		WebElement tile = new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("#monitoring .tile[data-set-aside=encrypted]")));
		assertThat(tile.findElement(By.className("tile-label")).getText()).isEqualTo("Tệp để riêng: được mã hóa");
		assertThat(tile.findElement(By.className("tile-value")).getText()).isEqualTo(Long.toString(encrypted));
		assertThat(browser.findElement(By.cssSelector("#monitoring .tile[data-set-aside=too-many-pages] .tile-label"))
			.getText()).isEqualTo("Tệp để riêng: quá nhiều trang");
		List<Long> counts = browser.findElements(By.cssSelector("#monitoring .tile[data-set-aside] .tile-value"))
			.stream()
			.map((value) -> Long.parseLong(value.getText().replace(".", "")))
			.toList();
		assertThat(counts).hasSizeGreaterThanOrEqualTo(2).isSortedAccordingTo(Comparator.reverseOrder());
		Browser.screenshot(browser, browser.findElement(By.id("monitoring")).findElement(By.xpath("..")),
				"admin-monitoring");
	}

	private void search(String words) {
		WebElement box = browser.findElement(By.id("q"));
		box.clear();
		box.sendKeys(words);
		browser.findElement(By.cssSelector("#search button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .hit")));
	}

	private void indexPage(String id, String... texts) throws IOException {
		this.index.ensureExists();
		Instant now = Instant.now();
		// As ingestion writes them: the document entry carries its pages' texts and the
		// union of their identifiers.
		List<ArchiveEntry> pages = new ArrayList<>();
		for (int n = 1; n <= texts.length; n++) {
			String text = texts[n - 1];
			pages.add(new PageEntry(id, id + "0".repeat(40), id + ".pdf", "Văn bản " + id, "application/pdf", 1000,
					texts.length, n, text, "ocr", 90f, null, IDENTIFIERS.read(text), now, 0, null));
		}
		ArchiveEntries.index(this.client, this.index, pages);
	}

}
