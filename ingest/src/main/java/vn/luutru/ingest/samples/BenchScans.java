package vn.luutru.ingest.samples;

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
		List<SamplePage> source = new ArrayList<>();
		source.addAll(SampleTexts.notice());
		source.addAll(SampleTexts.report());
		source.addAll(SampleTexts.decision());
		source.addAll(SampleTexts.letter());
		source.addAll(SampleTexts.minutes());
		List<SamplePage> pages = new ArrayList<>();
		for (int i = 0; i < pageCount; i++) {
			pages.add(source.get(i % source.size()));
		}
		ScanRenderer scanner = new ScanRenderer(Fonts.serif());
		PdfFiles.writeScan(pageCount, (page) -> render(scanner, pages.get(page), page), SampleWriter.DPI, pdf);
		return pages.stream().map(SamplePage::text).toList();
	}

	private static BufferedImage render(ScanRenderer scanner, SamplePage page, int index) {
		return scanner.render(page, SampleWriter.DPI, ScanLook.ARCHIVED.withSkew(SKEWS[index % SKEWS.length]),
				7000 + index);
	}

}
