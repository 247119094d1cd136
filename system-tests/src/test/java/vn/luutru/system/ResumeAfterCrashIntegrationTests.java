package vn.luutru.system;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing lost, nothing stuck: a worker killed with SIGKILL in the middle of a job over
 * more than a hundred files, a second worker started, and the job completes with every
 * file searchable exactly once and none set aside. The dead worker's job is taken over
 * and restarted where it stopped, and no file was catalogued before the index had it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResumeAfterCrashIntegrationTests {

	/** Workers that beat every second and take over a request silent for four. */
	private static final String[] QUICK_TAKE_OVER = { "--luutru.worker.heartbeat-interval=1s",
			"--luutru.worker.take-over-after=4s" };

	private static final int PDFS = 100;

	/** Where the scanned letters, read by OCR, stand among the PDFs. */
	private static final List<Integer> IMAGES_AFTER = List.of(35, 50, 65, 80, 95);

	@TempDir(factory = ReadableTempDirs.class)
	static Path scans;

	private Installation installation;

	private Api api;

	@BeforeAll
	void serverAndAnAdministrator() {
		this.installation = Installation.create("resume");
		this.api = this.installation.serveWithAdministrator();
	}

	@AfterAll
	void stopEverything() {
		if (this.installation != null) {
			this.installation.close();
		}
	}

	@Test
	@Order(1)
	void aJobWhoseWorkerIsKilledIsTakenOverAndEveryFileIsSearchableExactlyOnce() throws Exception {
		Path folder = scans(scans.resolve("ho-so"));
		Process first = this.installation.background("worker-1", worker());
		long job = this.api.startJob(folder);

		String before = awaitFilesDone(job, 30, first, "worker-1");
		first.destroyForcibly();
		assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
		assertThat(first.exitValue()).as(before).isEqualTo(137);
		Process second = this.installation.background("worker-2", worker());
		String done = awaitCompleted(job, second, "worker-2");

		int total = PDFS + IMAGES_AFTER.size();
		assertThat(JsonPath.<Number>read(done, "$.filesTotal").intValue()).isEqualTo(total);
		assertThat(JsonPath.<Number>read(done, "$.failed").intValue()).as(done).isZero();
		assertThat(JsonPath.<Number>read(done, "$.filesIndexed").intValue()
				+ JsonPath.<Number>read(done, "$.duplicates").intValue())
			.as(done)
			.isEqualTo(total);
		List<String> wrong = new ArrayList<>();
		for (int n = 0; n < PDFS; n++) {
			var found = this.api.get(Api.search(token(n)));
			List<String> files = JsonPath.read(found.body(), "$.hits[*].fileName");
			if (!files.equals(List.of(pdfName(n)))) {
				wrong.add(token(n) + " → " + files);
			}
		}
		assertThat(wrong).as("files not found exactly once").isEmpty();
		assertThat(this.installation.log("worker-2")).contains("takes over job " + job);
	}

	@Test
	@Order(2)
	void aJobWaitsOutElasticsearchStoppedForHalfAMinuteAndIndexesEveryFile() throws Exception {
		Path folder = Files.createDirectories(scans.resolve("ho-so-hai"));
		for (int n = PDFS; n < PDFS + 60; n++) {
			pdf(folder, n);
		}
		Process worker = this.installation.background("worker-es", worker());
		long job = this.api.startJob(folder);

		awaitFilesDone(job, 10, worker, "worker-es");
		ProcessHandle elasticsearch = ProcessHandle.of(Long.parseLong(
				Files.readString(this.installation.dataDir().resolve("elasticsearch/run/elasticsearch.pid")).strip()))
			.orElseThrow();
		elasticsearch.destroyForcibly();
		elasticsearch.onExit().get(30, TimeUnit.SECONDS);
		String waiting = awaitWaiting(job);
		Installation.sleep(Duration.ofSeconds(30));
		// A process of the installation started meanwhile brings the node back up, as
		// ./luutru serve would.
		Process restarter = this.installation.background("worker-es-2", worker());
		String done = awaitCompleted(job, restarter, "worker-es-2");

		assertThat(waiting).contains("Đang chờ Elasticsearch");
		assertThat(JsonPath.<Number>read(done, "$.filesTotal").intValue()).isEqualTo(60);
		assertThat(JsonPath.<Number>read(done, "$.failed").intValue()).as(done).isZero();
		assertThat(JsonPath.<Number>read(done, "$.filesIndexed").intValue()).as(done).isEqualTo(60);
		assertThat(done).doesNotContain("Đang chờ");
		List<String> wrong = new ArrayList<>();
		for (int n = PDFS; n < PDFS + 60; n++) {
			var found = this.api.get(Api.search(token(n)));
			List<String> files = JsonPath.read(found.body(), "$.hits[*].fileName");
			if (!files.equals(List.of(pdfName(n)))) {
				wrong.add(token(n) + " → " + files);
			}
		}
		assertThat(wrong).as("files not found exactly once").isEmpty();
	}

	/** Waits until the job says it waits for Elasticsearch. */
	private String awaitWaiting(long job) throws IOException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
		String progress = "";
		while (Instant.now().isBefore(deadline)) {
			progress = this.api.get("/api/jobs/" + job).body();
			if (progress.contains("Đang chờ Elasticsearch")) {
				return progress;
			}
			Installation.sleep(Duration.ofMillis(200));
		}
		throw new AssertionError("The job did not say it was waiting: " + progress);
	}

	private String[] worker() {
		List<String> args = new ArrayList<>(List.of("worker"));
		args.addAll(List.of(QUICK_TAKE_OVER));
		return args.toArray(String[]::new);
	}

	/** Waits until the job has dealt with this many files but not all: mid-job. */
	private String awaitFilesDone(long job, int files, Process worker, String name) throws IOException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
		String progress = "";
		while (Instant.now().isBefore(deadline)) {
			assertThat(worker.isAlive()).as(() -> this.installation.log(name)).isTrue();
			progress = this.api.get("/api/jobs/" + job).body();
			assertThat(JsonPath.<String>read(progress, "$.status")).as(progress).isIn("QUEUED", "STARTING", "STARTED");
			if (JsonPath.<Number>read(progress, "$.filesDone").intValue() >= files) {
				return progress;
			}
			Installation.sleep(Duration.ofMillis(100));
		}
		throw new AssertionError("The job did not get under way: " + progress);
	}

	/**
	 * Waits for the job to complete; it shows the killed execution's state until the
	 * second worker has taken it over.
	 */
	private String awaitCompleted(long job, Process worker, String name) throws IOException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(8));
		String progress = "";
		while (Instant.now().isBefore(deadline)) {
			assertThat(worker.isAlive()).as(() -> this.installation.log(name)).isTrue();
			progress = this.api.get("/api/jobs/" + job).body();
			if ("COMPLETED".equals(JsonPath.read(progress, "$.status"))) {
				return progress;
			}
			Installation.sleep(Duration.ofMillis(500));
		}
		throw new AssertionError("The job did not complete: " + progress + "\n" + this.installation.log(name));
	}

	/**
	 * A hundred one-page PDFs with a text layer (read without OCR, in a moment), each
	 * with a word of its own, and five scanned letters that go through OCR.
	 */
	private static Path scans(Path folder) throws IOException {
		Files.createDirectories(folder);
		for (int n = 0; n < PDFS; n++) {
			pdf(folder, n);
		}
		for (int n : IMAGES_AFTER) {
			BufferedImage image = new BufferedImage(1200, 300, BufferedImage.TYPE_BYTE_GRAY);
			Graphics2D graphics = image.createGraphics();
			graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
			graphics.setColor(Color.BLACK);
			graphics.setFont(new Font(Font.SERIF, Font.PLAIN, 48));
			graphics.drawString("CONG VAN SO " + n + " NAM 2025", 60, 170);
			graphics.dispose();
			ImageIO.write(image, "png", folder.resolve(imageName(n)).toFile());
		}
		return folder;
	}

	/** A one-page PDF with a text layer holding a word of its own. */
	private static void pdf(Path folder, int n) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A5);
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
				content.newLineAtOffset(40, 500);
				content.showText("HO SO LUU TRU " + token(n) + " ve viec cap giay phep xay dung");
				content.endText();
			}
			document.save(folder.resolve(pdfName(n)).toFile());
		}
	}

	private static String token(int n) {
		return "hs" + (1000 + n);
	}

	private static String pdfName(int n) {
		return "ho-so-%03d.pdf".formatted(n);
	}

	private static String imageName(int n) {
		return "ho-so-%03d-anh.png".formatted(n);
	}

}
