package vn.luutru.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import vn.luutru.ingest.extraction.Extraction;
import vn.luutru.ingest.extraction.ExtractionProcessor;
import vn.luutru.ingest.extraction.ExtractionProperties;
import vn.luutru.ingest.extraction.LargeFrames;
import vn.luutru.ingest.extraction.PageRecognition;
import vn.luutru.ingest.extraction.PagesInProgress;
import vn.luutru.ingest.extraction.PageText;
import vn.luutru.ingest.intake.FingerprintedFile;
import vn.luutru.archive.storage.Fingerprints;
import vn.luutru.ingest.intake.ScannedFile;
import vn.luutru.ingest.metadata.MetadataReader;
import vn.luutru.ingest.ocr.CharacterErrorRate;
import vn.luutru.ingest.ocr.OcrProperties;
import vn.luutru.ingest.ocr.TextRecognizers;

/**
 * The OCR benchmark's Java side, driven by {@code bench/ocr.sh}.
 *
 * <ul>
 * <li>{@code prepare DIR PAGES}: writes {@code DIR/scan.pdf} (a degraded image-only
 * Vietnamese scan), the printed text as {@code DIR/expected.txt}, and the pages at 300
 * dpi as {@code DIR/pages/*.png} for bare {@code tesseract};</li>
 * <li>{@code ours DIR LANGUAGES WORKERS}: runs this product's OCR step (the ingestion
 * job's extraction processor) on the scan and writes {@code DIR/ours-LANGUAGES.txt};</li>
 * <li>{@code cer DIR FILE}: prints the character error rate of a text file against the
 * printed text, with and without diacritics.</li>
 * </ul>
 */
public final class OcrBench {

	private OcrBench() {
	}

	public static void main(String[] args) throws Exception {
		switch (args[0]) {
			case "prepare" -> prepare(Path.of(args[1]), Integer.parseInt(args[2]));
			case "ours" -> ours(Path.of(args[1]), args[2], Integer.parseInt(args[3]));
			case "cer" -> cer(Path.of(args[1]), Path.of(args[2]));
			default -> throw new IllegalArgumentException("prepare | ours | cer");
		}
	}

	private static void prepare(Path dir, int pages) throws IOException {
		Files.createDirectories(dir.resolve("pages"));
		List<String> printed = vn.luutru.samples.BenchScans.writeDegradedReport(dir.resolve("scan.pdf"), pages);
		Files.writeString(dir.resolve("expected.txt"), String.join("\n", printed), StandardCharsets.UTF_8);
		try (PDDocument document = Loader.loadPDF(dir.resolve("scan.pdf").toFile())) {
			PDFRenderer renderer = new PDFRenderer(document);
			for (int i = 0; i < document.getNumberOfPages(); i++) {
				BufferedImage image = renderer.renderImageWithDPI(i, 300, ImageType.GRAY);
				ImageIO.write(image, "png", dir.resolve("pages").resolve("page-%03d.png".formatted(i + 1)).toFile());
			}
		}
	}

	private static void ours(Path dir, String languages, int workers) throws Exception {
		Path scan = dir.resolve("scan.pdf");
		OcrProperties ocr = OcrProperties.defaults().with(languages, workers);
		PageRecognition recognition = new PageRecognition(() -> TextRecognizers.create(ocr), ocr.dpi(),
				ocr.effectiveWorkers());
		ExtractionProcessor processor = new ExtractionProcessor(new MetadataReader(), recognition,
				new ExtractionProperties(20, 60_000_000L, 2_000_000_000L), LargeFrames.NONE, new PagesInProgress(),
				null);
		long started = System.nanoTime();
		Extraction extraction = processor
			.process(new FingerprintedFile(new ScannedFile(scan, Files.size(scan)), Fingerprints.sha256(scan)));
		recognition.close();
		double seconds = (System.nanoTime() - started) / 1e9;
		if (!(extraction instanceof Extraction.Extracted extracted)) {
			throw new IllegalStateException("Extraction failed: " + extraction);
		}
		List<String> texts = new ArrayList<>();
		for (PageText page : extracted.pages()) {
			texts.add(page.text());
		}
		Files.writeString(dir.resolve("ours-" + languages + ".txt"), String.join("\n", texts), StandardCharsets.UTF_8);
		System.out.printf(Locale.ROOT, "ours %s: %d pages in %.2f s%n", languages, texts.size(), seconds);
	}

	private static void cer(Path dir, Path file) throws IOException {
		String expected = Files.readString(dir.resolve("expected.txt"), StandardCharsets.UTF_8);
		String actual;
		if (Files.isDirectory(file)) {
			try (Stream<Path> texts = Files.list(file)) {
				List<Path> sorted = texts.filter((p) -> p.toString().endsWith(".txt")).sorted().toList();
				StringBuilder joined = new StringBuilder();
				for (Path text : sorted) {
					joined.append(Files.readString(text, StandardCharsets.UTF_8)).append('\n');
				}
				actual = joined.toString();
			}
		}
		else {
			actual = Files.readString(file, StandardCharsets.UTF_8);
		}
		// OCRmyPDF's sidecar separates pages with form feeds; they are layout, like line
		// breaks.
		actual = actual.replace('\f', '\n');
		System.out.printf(Locale.ROOT, "%.4f %.4f%n", CharacterErrorRate.of(expected, actual),
				CharacterErrorRate.folded(expected, actual));
	}

}
