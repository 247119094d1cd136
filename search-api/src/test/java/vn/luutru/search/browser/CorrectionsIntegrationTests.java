package vn.luutru.search.browser;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import vn.luutru.archive.ServicesProperties;
import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.corrections.TextLayerRequests;
import vn.luutru.archive.jobs.IngestProgress;
import vn.luutru.archive.jobs.IngestRequests;
import vn.luutru.archive.storage.Derivatives;
import vn.luutru.archive.support.TestStores;
import vn.luutru.search.users.NewUser;
import vn.luutru.search.users.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Corrections that stick, against the whole application, a real worker process, real OCR
 * and the real stores: an officer corrects a line beside the page image in headless
 * Chromium, and the corrected word is found by search, boxed on the page and present in
 * the searchable PDF's text layer, then again after the document is read again with OCR
 * and after the index is rebuilt.
 */
class CorrectionsIntegrationTests extends Browser {

	/** A word no OCR of the scan can produce: it is only in the officer's correction. */
	private static final String CORRECTED = "Ninhkiều";

	private static final String PASSWORD = "mật khẩu thử nghiệm";

	private static final Duration TIMEOUT = Duration.ofMinutes(5);

	@Autowired
	Environment environment;

	@Autowired
	IngestRequests requests;

	@Autowired
	IngestProgress progress;

	@Autowired
	Documents catalogue;

	@Autowired
	TextLayerRequests textLayers;

	@Autowired
	ServicesProperties services;

	@Test
	void aCorrectedWordIsFoundBoxedAndInThePdfBeforeAndAfterReOcrAndReindex() throws Exception {
		// given: a one-page scan, ingested by a worker that stays up to rebuild text
		// layers
		Path folder = TestStores.roots().resolve("corrections-" + System.nanoTime());
		scan(folder.resolve("quyet-dinh.png"));
		try (WorkerProcess worker = WorkerProcess.start(this.environment, Path.of("target/corrections-worker.log"))) {
			DocumentId id = ingest(folder);
			signIn(new NewUser("corrections-officer", "Cán bộ sửa chữ", Role.OFFICER.value(), PASSWORD));

			// when: the officer corrects the first line beside the page image
			browser.get(url("/correct.html?id=" + id.value() + "&page=1"));
			WebElement line = new WebDriverWait(browser, Duration.ofSeconds(30))
				.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".line-text")));
			String before = line.getDomProperty("value");
			line.click();
			line.sendKeys(" " + CORRECTED);
			assertThat(browser.findElement(By.id("line-box")).isDisplayed()).isTrue();
			browser.findElement(By.cssSelector("#lines-form button[type=submit]")).click();
			new WebDriverWait(browser, Duration.ofSeconds(30))
				.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Đã lưu phiên bản 1"));
			assertThat(browser.findElement(By.cssSelector(".correct-version ins")).getText())
				.isEqualTo(before + " " + CORRECTED);
			Browser.screenshot(browser, "correct-line");

			// then: at once, and after a worker rebuilt the PDF's text layer
			correctedEverywhere(id);

			// and after the document is read again with OCR
			assertThat(
					WorkerProcess.run(this.environment, Path.of("target/corrections-reocr.log"), "reocr", id.value()))
				.isZero();
			correctedEverywhere(id);

			// and after the index is rebuilt from the catalogue and the stored texts
			assertThat(WorkerProcess.run(this.environment, Path.of("target/corrections-reindex.log"), "reindex"))
				.isZero();
			correctedEverywhere(id);
			browser.navigate().refresh();
			new WebDriverWait(browser, Duration.ofSeconds(30))
				.until(ExpectedConditions.attributeContains(By.cssSelector(".line-text"), "value", CORRECTED));
		}
	}

	private void correctedEverywhere(DocumentId id) throws Exception {
		assertThat(get("/api/search?q=ninhkieu")).contains(id.value());
		String hits = get("/api/documents/" + id.value() + "/pages/1/hits?q=ninhkieu");
		assertThat(hits).contains("\"word\":\"" + CORRECTED + "\"");
		Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
		while (this.textLayers.pending(id) && Instant.now().isBefore(deadline)) {
			Thread.sleep(250);
		}
		assertThat(this.textLayers.pending(id)).as("text layer rebuilt").isFalse();
		try (PDDocument pdf = Loader
			.loadPDF(new Derivatives(this.services.derivativesDir()).searchablePdf(id).toFile())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains(CORRECTED);
		}
	}

	private DocumentId ingest(Path folder) throws InterruptedException {
		long job = this.requests.request(folder, "test");
		Instant deadline = Instant.now().plus(TIMEOUT);
		while (!this.progress.progress(job).orElseThrow().ended() && Instant.now().isBefore(deadline)) {
			Thread.sleep(500);
		}
		assertThat(this.progress.progress(job).orElseThrow().status()).isEqualTo("COMPLETED");
		Long execution = this.requests.find(job).orElseThrow().jobExecutionId();
		return this.catalogue.addedBy(execution).getFirst().id();
	}

	/** GETs an API resource with the browser's session. */
	private String get(String path) throws IOException, InterruptedException {
		String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
		HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
			.header("Cookie", "JSESSIONID=" + session)
			.header("Accept", "application/json")
			.header("X-Requested-With", "XMLHttpRequest")
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		return response.body();
	}

	/** A clean A5-sized scan at 200 dpi of three lines that OCR reads well. */
	private static void scan(Path file) throws IOException {
		BufferedImage image = new BufferedImage(1169, 827, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.setColor(Color.BLACK);
		g.setFont(new Font(Font.SERIF, Font.PLAIN, 44));
		int y = 200;
		for (String text : List.of("QUYẾT ĐỊNH", "Về việc khai thác nước dưới đất", "tại phường Thạch Thang")) {
			g.drawString(text, 120, y);
			y += 110;
		}
		g.dispose();
		Files.createDirectories(file.getParent());
		ImageIO.write(image, "png", file.toFile());
	}

}
