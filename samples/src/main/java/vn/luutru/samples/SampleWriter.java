package vn.luutru.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes each sample file; every random choice comes from a fixed seed so the bytes never
 * change.
 */
final class SampleWriter {

	static final int DPI = 300;

	// A lower resolution than the rest, as cheap feeder scanners default to, so that OCR
	// is exercised
	// on the resolution the file states.
	static final int MINUTES_DPI = 200;

	private final ScanRenderer scanner = new ScanRenderer(Fonts.serif());

	void write(String name, Path target) throws IOException {
		switch (name) {
			case SampleSet.SCANNED_NOTICE -> notice(target);
			case SampleSet.REPORT_TIFF -> report(target);
			case SampleSet.BORN_DIGITAL_DECISION -> PdfFiles.writeText(SampleTexts.decision(),
					"Quyết định phê duyệt kết quả thẩm định báo cáo ĐTM Dự án Khu dân cư Hòa Xuân mở rộng",
					"Sở Tài nguyên và Môi trường thành phố Đà Nẵng", PdfFiles.date(2021, 3, 12), target);
			case SampleSet.LETTER_PNG -> ImageFiles
				.writePng(this.scanner.render(SampleTexts.letter().getFirst(), DPI, ScanLook.CLEAN, 2156), DPI, target);
			case SampleSet.MINUTES_JPEG -> ImageFiles.writeJpeg(
					this.scanner.render(SampleTexts.minutes().getFirst(), MINUTES_DPI, ScanLook.WORN, 1408),
					MINUTES_DPI, 0.75f, target);
			case SampleSet.MAP_TIFF ->
				ImageFiles.writeTiff(1, (page) -> new MapSheet(Fonts.sans()).draw(12), DPI, "Deflate", 512, target);
			case SampleSet.DAMAGED_PDF -> damaged(target);
			default -> throw new IllegalArgumentException("No sample file " + name);
		}
	}

	private void notice(Path target) throws IOException {
		List<SamplePage> pages = SampleTexts.notice();
		// Each sheet lies a little differently on the feeder.
		double[] skews = { 1.0, -0.7 };
		PdfFiles.writeScan(pages.size(), (page) -> this.scanner.render(pages.get(page), DPI,
				ScanLook.ARCHIVED.withSkew(skews[page]), 977 + page), DPI, target);
	}

	private void report(Path target) throws IOException {
		List<SamplePage> pages = SampleTexts.report();
		ImageFiles.writeTiff(pages.size(),
				(page) -> this.scanner.render(pages.get(page), DPI, ScanLook.REPORT, 2020 + page), DPI, "Deflate", 0,
				target);
	}

	// A download cut short: a PDF header, then bytes that are no PDF structure at all.
	private static void damaged(Path target) throws IOException {
		byte[] garbage = new byte[8192];
		new Random(404).nextBytes(garbage);
		try (OutputStream out = Files.newOutputStream(target)) {
			out.write("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1));
			out.write(garbage);
		}
	}

}
