package vn.luutru.system;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
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
 * One scanned report's pages spread over two worker processes: with the threshold set
 * low, its pages are OCR'd in ranges that either worker takes, and the worker that
 * assembles the document takes every page's text from what the workers stored instead of
 * reading it again. The document is indexed once, with the text of every page; and still
 * is when a worker is killed in the middle of a range. A multi-page TIFF is spread as a
 * PDF is.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SpreadPagesIntegrationTests {

	private static final int PAGES = 8;

	private static final String REPORT = "bao-cao-lon.pdf";

	private static final String SECOND_REPORT = "bao-cao-thu-hai.pdf";

	private static final int TIFF_PAGES = 6;

	private static final String DOSSIER = "ho-so-quet.tif";

	private static final List<String> SPREADING = List.of("worker", "--luutru.partitioning.enabled=true",
			"--luutru.partitioning.spread-pages-from=4", "--luutru.partitioning.pages-per-range=1",
			"--luutru.partitioning.heartbeat-interval=1s", "--luutru.partitioning.take-over-after=4s",
			"--luutru.partitioning.poll-interval=200ms", "--luutru.ocr.workers=1");

	@TempDir(factory = ReadableTempDirs.class)
	static Path scans;

	private final List<Process> workers = new ArrayList<>();

	private Installation installation;

	private Api api;

	@BeforeAll
	void serverAndAnAdministrator() {
		this.installation = Installation.create("spread");
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
	void bothWorkersReadPagesOfOneReportAndItIsIndexedOnceWithEveryPage() throws Exception {
		// given
		Path folder = Files.createDirectories(scans.resolve("bao-cao"));
		report(folder.resolve(REPORT), 7000);
		this.workers.add(this.installation.background("worker-a", SPREADING.toArray(String[]::new)));
		this.workers.add(this.installation.background("worker-b", SPREADING.toArray(String[]::new)));
		this.installation.awaitLogged("worker-a", "runs partitions of every worker", Duration.ofMinutes(5));
		this.installation.awaitLogged("worker-b", "runs partitions of every worker", Duration.ofMinutes(5));

		// when
		Instant started = Instant.now();
		long job = this.api.startJob(folder);
		String progress = this.api.awaitEnd(job, Duration.ofMinutes(5));
		System.out.printf("Spread pages test: %d scanned pages over 2 workers in %.1f s%n", PAGES,
				Duration.between(started, Instant.now()).toMillis() / 1000.0);

		// then
		assertThat(JsonPath.<String>read(progress, "$.status")).as(progress).isEqualTo("COMPLETED");
		List<Integer> byA = ocrd("worker-a", REPORT);
		List<Integer> byB = ocrd("worker-b", REPORT);
		System.out.printf("worker-a OCR'd pages %s, worker-b pages %s%n", byA, byB);
		assertThat(byA).as(() -> this.installation.log("worker-a")).isNotEmpty();
		assertThat(byB).as(() -> this.installation.log("worker-b")).isNotEmpty();
		List<Integer> all = new ArrayList<>(byA);
		all.addAll(byB);
		assertThat(all).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
		assertThat(this.installation.log("worker-a") + this.installation.log("worker-b"))
			.contains("takes " + PAGES + " page(s) of " + REPORT + " from the pages OCR'd across workers");
		for (int page = 1; page <= PAGES; page++) {
			var found = this.api.get(Api.search(Integer.toString(7000 + page)));
			assertThat(JsonPath.<List<String>>read(found.body(), "$.hits[*].fileName")).as(found::body)
				.containsExactly(REPORT);
		}
		// Pages OCR'd in ranges count in the workers' OCR metrics as a file's pages do.
		assertThat(ocrPagesScraped()).isGreaterThanOrEqualTo(PAGES);
	}

	@Test
	@Order(2)
	void bothWorkersReadPagesOfOneMultiPageTiffAndItIsIndexedOnceWithEveryPage() throws Exception {
		// given: the two workers of the test above, idle
		Path folder = Files.createDirectories(scans.resolve("ho-so"));
		dossier(folder.resolve(DOSSIER), 9000);
		List<Integer> beforeA = ocrd("worker-a", DOSSIER);
		List<Integer> beforeB = ocrd("worker-b", DOSSIER);
		assertThat(beforeA).isEmpty();
		assertThat(beforeB).isEmpty();

		// when
		Instant started = Instant.now();
		long job = this.api.startJob(folder);
		String progress = this.api.awaitEnd(job, Duration.ofMinutes(5));
		System.out.printf("Spread TIFF test: %d scanned pages over 2 workers in %.1f s%n", TIFF_PAGES,
				Duration.between(started, Instant.now()).toMillis() / 1000.0);

		// then
		assertThat(JsonPath.<String>read(progress, "$.status")).as(progress).isEqualTo("COMPLETED");
		List<Integer> byA = ocrd("worker-a", DOSSIER);
		List<Integer> byB = ocrd("worker-b", DOSSIER);
		System.out.printf("worker-a OCR'd TIFF pages %s, worker-b pages %s%n", byA, byB);
		assertThat(byA).as(() -> this.installation.log("worker-a")).isNotEmpty();
		assertThat(byB).as(() -> this.installation.log("worker-b")).isNotEmpty();
		List<Integer> all = new ArrayList<>(byA);
		all.addAll(byB);
		assertThat(all).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
		assertThat(this.installation.log("worker-a") + this.installation.log("worker-b"))
			.contains("takes " + TIFF_PAGES + " page(s) of " + DOSSIER + " from the pages OCR'd across workers");
		for (int page = 1; page <= TIFF_PAGES; page++) {
			var found = this.api.get(Api.search(Integer.toString(9000 + page)));
			assertThat(JsonPath.<List<String>>read(found.body(), "$.hits[*].fileName")).as(found::body)
				.containsExactly(DOSSIER);
		}
	}

	@Test
	@Order(3)
	void aWorkerKilledMidRangeLosesNoPage() throws Exception {
		// given: the two workers of the test above, idle
		Path folder = Files.createDirectories(scans.resolve("bao-cao-2"));
		report(folder.resolve(SECOND_REPORT), 8000);

		// when
		long job = this.api.startJob(folder);
		String victim = awaitMidRange(job);
		Process killed = this.workers.get(victim.equals("worker-a") ? 0 : 1);
		List<Integer> beforeKill = ocrd(victim, SECOND_REPORT);
		killed.destroyForcibly();
		assertThat(killed.waitFor(10, TimeUnit.SECONDS)).isTrue();
		String survivor = victim.equals("worker-a") ? "worker-b" : "worker-a";
		String progress = this.api.awaitEnd(job, Duration.ofMinutes(5));

		// then
		assertThat(JsonPath.<String>read(progress, "$.status")).as(progress).isEqualTo("COMPLETED");
		List<Integer> bySurvivor = ocrd(survivor, SECOND_REPORT);
		System.out.printf("%s OCR'd pages %s before it was killed, %s pages %s%n", victim, beforeKill, survivor,
				bySurvivor);
		assertThat(this.installation.log(survivor)).contains("again: its worker stopped reporting");
		List<Integer> all = new ArrayList<>(beforeKill);
		all.addAll(bySurvivor);
		assertThat(all).containsAll(List.of(1, 2, 3, 4, 5, 6, 7, 8));
		for (int page = 1; page <= PAGES; page++) {
			var found = this.api.get(Api.search(Integer.toString(8000 + page)));
			assertThat(JsonPath.<List<String>>read(found.body(), "$.hits[*].fileName")).as(found::body)
				.containsExactly(SECOND_REPORT);
		}
	}

	/** The pages the web server's metrics say the workers OCR'd, once they say any. */
	private double ocrPagesScraped() throws IOException {
		double pages = 0;
		for (int i = 0; i < 30 && pages == 0; i++) {
			HttpResponse<byte[]> scraped = this.api.bytes("/actuator/prometheus");
			assertThat(scraped.statusCode()).isEqualTo(200);
			pages = new String(scraped.body(), StandardCharsets.UTF_8).lines()
				.filter((line) -> line.startsWith("luutru_ocr_seconds_count{"))
				.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
				.sum();
			Installation.sleep(Duration.ofMillis(500));
		}
		return pages;
	}

	/**
	 * Waits until the worker that does not run the job itself has OCR'd a page of the
	 * second report and is in the middle of another range; returns its name.
	 */
	private String awaitMidRange(long job) {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		String launched = "name='request', value=" + job + ",";
		while (Instant.now().isBefore(deadline)) {
			String a = this.installation.log("worker-a");
			String b = this.installation.log("worker-b");
			if (a.contains(launched) || b.contains(launched)) {
				String victim = a.contains(launched) ? "worker-b" : "worker-a";
				String log = victim.equals("worker-a") ? a : b;
				if (!ocrd(victim, SECOND_REPORT).isEmpty()
						&& log.lastIndexOf("Executing step: [ocrPageRange") > log.lastIndexOf("Step: [ocrPageRange")) {
					return victim;
				}
			}
			Installation.sleep(Duration.ofMillis(100));
		}
		throw new AssertionError(
				"No worker was mid-range: " + this.installation.log("worker-a") + this.installation.log("worker-b"));
	}

	/** The page numbers a worker's log says it OCR'd of a report for the shared pages. */
	private List<Integer> ocrd(String worker, String report) {
		List<Integer> pages = new ArrayList<>();
		Matcher matcher = Pattern.compile("OCR'd page (\\d+) of \\S*" + Pattern.quote(report))
			.matcher(this.installation.log(worker));
		while (matcher.find()) {
			pages.add(Integer.parseInt(matcher.group(1)));
		}
		return pages;
	}

	/**
	 * A scanned report: each page one image, with no text layer, and a word of its own.
	 */
	private static void report(Path file, int words) throws IOException {
		try (PDDocument document = new PDDocument()) {
			for (int page = 1; page <= PAGES; page++) {
				PDImageXObject scan = LosslessFactory.createFromImage(document, scan(words + page));
				// 1200 × 300 pixels at 150 dpi.
				PDPage pdfPage = new PDPage(new PDRectangle(576, 144));
				document.addPage(pdfPage);
				try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
					content.drawImage(scan, 0, 0, 576, 144);
				}
			}
			document.save(file.toFile());
		}
	}

	/**
	 * A scanned dossier as one multi-page TIFF, as scanners make them: each page an image
	 * with a word of its own.
	 */
	private static void dossier(Path file, int words) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(file.toFile())) {
			writer.setOutput(output);
			writer.prepareWriteSequence(null);
			for (int page = 1; page <= TIFF_PAGES; page++) {
				writer.writeToSequence(new IIOImage(scan(words + page), null, null), null);
			}
			writer.endWriteSequence();
		}
		finally {
			writer.dispose();
		}
	}

	private static BufferedImage scan(int word) {
		BufferedImage image = new BufferedImage(1200, 300, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D graphics = image.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
		graphics.setColor(Color.BLACK);
		graphics.setFont(new Font(Font.SERIF, Font.PLAIN, 48));
		graphics.drawString("BAO CAO SO " + word + " NAM 2025", 60, 170);
		graphics.dispose();
		return image;
	}

}
