package vn.luutru.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled sample set: Vietnamese scans, a report, a born-digital decision, a map
 * sheet and a damaged PDF, generated deterministically (the same bytes on every call)
 * with the text each page carries.
 */
public final class SampleSet {

	/**
	 * An image-only PDF of a two-page notice, scanned grey, noisy and skewed, with no
	 * text layer.
	 */
	public static final String SCANNED_NOTICE = "thong-bao-977-tb-stnmt-scan.pdf";

	/** A three-page Deflate TIFF of an environmental impact assessment report. */
	public static final String REPORT_TIFF = "bao-cao-dtm-3-trang.tif";

	/** A two-page decision with a real text layer in embedded DejaVu Sans. */
	public static final String BORN_DIGITAL_DECISION = "quyet-dinh-born-digital.pdf";

	/** A clean one-page scan of an official letter. */
	public static final String LETTER_PNG = "cong-van-scan.png";

	/**
	 * A worn one-page scan of inspection minutes at 200 dpi, holding an applicant's
	 * personal data.
	 */
	public static final String MINUTES_JPEG = "bien-ban-scan.jpg";

	/** A 6000×4500 tiled RGB TIFF of cadastral map sheet 12. */
	public static final String MAP_TIFF = "ban-do-dia-chinh-to-12.tif";

	/**
	 * A truncated PDF (header, then garbage) that ingestion must set aside without
	 * stopping.
	 */
	public static final String DAMAGED_PDF = "hong.pdf";

	private static final Logger logger = LoggerFactory.getLogger(SampleSet.class);

	private static final List<SampleFile> FILES = List.of(
			scan(SCANNED_NOTICE, "application/pdf", SampleTexts.notice(), SampleWriter.DPI),
			scan(REPORT_TIFF, "image/tiff", SampleTexts.report(), SampleWriter.DPI),
			new SampleFile(BORN_DIGITAL_DECISION, "application/pdf", texts(SampleTexts.decision()), true, 0, 0),
			scan(LETTER_PNG, "image/png", SampleTexts.letter(), SampleWriter.DPI),
			scan(MINUTES_JPEG, "image/jpeg", SampleTexts.minutes(), SampleWriter.MINUTES_DPI), new SampleFile(MAP_TIFF,
					"image/tiff", texts(SampleTexts.mapSheet()), false, MapSheet.WIDTH, MapSheet.HEIGHT),
			new SampleFile(DAMAGED_PDF, "application/pdf", List.of(), false, 0, 0));

	private SampleSet() {
	}

	/** Every sample file, in the order {@link #generate} writes them. */
	public static List<SampleFile> files() {
		return FILES;
	}

	/**
	 * A sample file by name.
	 * @throws NoSuchElementException if there is none of that name
	 */
	public static SampleFile file(String name) {
		return FILES.stream()
			.filter((file) -> file.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new NoSuchElementException("No sample file " + name));
	}

	/**
	 * The source text of a page, NFC, one paragraph a line: what OCR or text extraction
	 * should give back.
	 * @param fileName a sample file name
	 * @param page 1-based page number
	 */
	public static String expectedText(String fileName, int page) {
		return file(fileName).expectedText(page);
	}

	/**
	 * Writes every sample file into a folder, replacing files of the same names; the
	 * bytes are the same on every call on the same JDK.
	 * @param folder the target folder, created if missing
	 * @return the files written, in the order of {@link #files()}
	 * @throws IOException if a file cannot be written
	 */
	public static List<Path> generate(Path folder) throws IOException {
		Files.createDirectories(folder);
		SampleWriter writer = new SampleWriter();
		List<Path> written = new ArrayList<>();
		for (SampleFile file : FILES) {
			long started = System.nanoTime();
			Path target = folder.resolve(file.name());
			writer.write(file.name(), target);
			logger.debug("Wrote sample {} in {} ms", target, (System.nanoTime() - started) / 1_000_000);
			written.add(target);
		}
		logger.info("Wrote {} sample files to {}", written.size(), folder);
		return written;
	}

	private static SampleFile scan(String name, String mimeType, List<SamplePage> pages, int dpi) {
		return new SampleFile(name, mimeType, texts(pages), false, ScanRenderer.pixels(Layout.PAGE_WIDTH, dpi),
				ScanRenderer.pixels(Layout.PAGE_HEIGHT, dpi));
	}

	private static List<String> texts(List<SamplePage> pages) {
		return pages.stream().map(SamplePage::text).toList();
	}

}
