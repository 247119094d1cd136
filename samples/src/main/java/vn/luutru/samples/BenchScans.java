package vn.luutru.samples;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A long degraded scan for OCR benchmarks: the sample papers' pages, cycled, each sheet
 * aged like an archived original (grey paper, dust, blur) and skewed a little
 * differently, written as an image-only PDF at 300 dpi.
 */
public final class BenchScans {

	private static final double[] SKEWS = { 1.2, -0.8, 0.5, -1.5, 0.9, -0.3, 1.8, -1.1, 0.2, -0.6 };

	private BenchScans() {
	}

	/**
	 * Writes the scan.
	 * @param pdf the PDF to write
	 * @param pageCount how many pages
	 * @return the printed text of each page, in order, for measuring error rates
	 */
	public static List<String> writeDegradedReport(Path pdf, int pageCount) throws IOException {
		List<SamplePage> source = sourcePages();
		List<SamplePage> pages = new ArrayList<>();
		for (int i = 0; i < pageCount; i++) {
			pages.add(source.get(i % source.size()));
		}
		ScanRenderer scanner = new ScanRenderer(Fonts.serif());
		PdfFiles.writeScan(pageCount, (page) -> render(scanner, pages.get(page), page), SampleWriter.DPI, pdf);
		return pages.stream().map(SamplePage::text).toList();
	}

	/**
	 * One page of the sample papers (cycled, as in {@link #writeDegradedReport}) aged
	 * like an archived original and lying at the given skew, at 300 dpi, for measuring
	 * OCR against skew.
	 * @param index the page, from 0
	 * @param skewDegrees how far the sheet lay turned clockwise on the glass
	 */
	public static Page degradedPage(int index, double skewDegrees) {
		List<SamplePage> source = sourcePages();
		SamplePage page = source.get(index % source.size());
		BufferedImage image = new ScanRenderer(Fonts.serif()).render(page, SampleWriter.DPI,
				ScanLook.ARCHIVED.withSkew(skewDegrees), 7000 + index);
		return new Page(image, page.text());
	}

	private static List<SamplePage> sourcePages() {
		List<SamplePage> source = new ArrayList<>();
		source.addAll(SampleTexts.notice());
		source.addAll(SampleTexts.report());
		source.addAll(SampleTexts.decision());
		source.addAll(SampleTexts.letter());
		source.addAll(SampleTexts.minutes());
		return source;
	}

	/**
	 * A generated scan and the text printed on it.
	 *
	 * @param image the 8-bit grey scan at 300 dpi
	 * @param text the printed text, NFC, one paragraph a line
	 */
	public record Page(BufferedImage image, String text) {
	}

	private static BufferedImage render(ScanRenderer scanner, SamplePage page, int index) {
		return scanner.render(page, SampleWriter.DPI, ScanLook.ARCHIVED.withSkew(SKEWS[index % SKEWS.length]),
				7000 + index);
	}

}
