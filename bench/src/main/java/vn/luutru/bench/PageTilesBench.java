package vn.luutru.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import vn.luutru.archive.storage.Derivatives;
import vn.luutru.ingest.extraction.Extraction;
import vn.luutru.ingest.extraction.PageText;
import vn.luutru.ingest.extraction.TextSource;
import vn.luutru.ingest.intake.FingerprintedFile;
import vn.luutru.ingest.intake.ScannedFile;
import vn.luutru.ingest.maps.MapTilesProcessor;
import vn.luutru.ingest.maps.PageTilesProcessor;
import vn.luutru.ingest.maps.PageTilesProperties;
import vn.luutru.ingest.maps.Tilers;
import vn.luutru.ingest.maps.TilingProperties;
import vn.luutru.ingest.metadata.FileMetadata;
import vn.luutru.samples.SampleSet;

/**
 * What a page's image service costs at ingest: the sample report's three A4 pages at 300
 * dpi, kept as OCR keeps them (grey JPEG at 0.75, or bilevel PNG), cut by the page step
 * at a JPEG quality; prints milliseconds and tile bytes per page.
 * {@code java -cp … vn.luutru.bench.PageTilesBench [quality…]}
 */
public final class PageTilesBench {

	private static final String SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

	private PageTilesBench() {
	}

	public static void main(String[] args) throws Exception {
		Path work = Files.createTempDirectory("page-tiles-bench");
		Path report = SampleSet.generate(work.resolve("mau")).getFirst().getParent().resolve(SampleSet.REPORT_TIFF);
		List<BufferedImage> pages = read(report);
		for (String kind : List.of("grey", "bilevel")) {
			List<PageText> scans = new ArrayList<>();
			for (int i = 0; i < pages.size(); i++) {
				scans.add(new PageText(i + 1, "", TextSource.OCR, 90f, null, null, null,
						keep(work, kind, i + 1, pages.get(i))));
			}
			for (String quality : (args.length > 0) ? List.of(args) : List.of("0.75", "0.9")) {
				for (int run = 0; run < 3; run++) {
					Derivatives derivatives = new Derivatives(work.resolve("d-" + kind + quality + "-" + run));
					PageTilesProcessor step = PageTilesProcessor.of(
							new PageTilesProperties(true, Float.parseFloat(quality), 512, 150), derivatives,
							new MapTilesProcessor(Tilers.of(TilingProperties.javaEngine()), derivatives, 200),
							60_000_000L);
					long started = System.nanoTime();
					step.process(new Extraction.Extracted(new FingerprintedFile(new ScannedFile(report, 1), SHA256),
							new FileMetadata("image/tiff", null, Map.of()), scans, null));
					long millis = (System.nanoTime() - started) / 1_000_000;
					System.out.printf("%s q=%s run %d: %d pages %d×%d, %.0f ms/page, %.0f KiB/page%n", kind, quality,
							run + 1, pages.size(), pages.get(0).getWidth(), pages.get(0).getHeight(),
							(double) millis / pages.size(),
							bytes(work.resolve("d-" + kind + quality + "-" + run)) / 1024.0 / pages.size());
				}
			}
		}
	}

	private static Path keep(Path work, String kind, int number, BufferedImage page) throws IOException {
		BufferedImage image = new BufferedImage(page.getWidth(), page.getHeight(),
				kind.equals("grey") ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_BYTE_BINARY);
		image.getGraphics().drawImage(page, 0, 0, null);
		Path file = work.resolve("page-%s-%05d.%s".formatted(kind, number, kind.equals("grey") ? "jpg" : "png"));
		ImageIO.write(image, kind.equals("grey") ? "jpg" : "png", file.toFile());
		return file;
	}

	private static List<BufferedImage> read(Path tiff) throws IOException {
		List<BufferedImage> pages = new ArrayList<>();
		try (ImageInputStream input = ImageIO.createImageInputStream(tiff.toFile())) {
			ImageReader reader = ImageIO.getImageReaders(input).next();
			reader.setInput(input);
			for (int i = 0; i < reader.getNumImages(true); i++) {
				pages.add(reader.read(i));
			}
			reader.dispose();
		}
		return pages;
	}

	private static long bytes(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong((file) -> file.toFile().length()).sum();
		}
	}

}
