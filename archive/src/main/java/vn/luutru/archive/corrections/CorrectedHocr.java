package vn.luutru.archive.corrections;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.luutru.archive.hocr.Box;
import vn.luutru.archive.hocr.HocrLine;
import vn.luutru.archive.hocr.HocrLines;
import vn.luutru.archive.hocr.HocrPage;
import vn.luutru.archive.hocr.HocrWord;
import vn.luutru.archive.hocr.HocrWords;

/**
 * A page's hOCR with corrections applied, written again in Tesseract's shape (so the hit
 * boxes, the personal-data masks and the searchable PDF read it unchanged), and the
 * page's text made from its lines.
 *
 * @param pageElement the corrected {@code ocr_page} element
 * @param text the page's text, one line of the page to a line
 */
public record CorrectedHocr(String pageElement, String text) {

	private static final Pattern SCAN_RES = Pattern.compile("scan_res (\\d+)");

	/**
	 * The resolution assumed when the hOCR states none; it only sizes nothing we draw.
	 */
	private static final int DEFAULT_DPI = 300;

	/**
	 * The hOCR (a page element or a whole stored document) with the corrections that name
	 * one of its lines applied.
	 * @return empty when no correction names a line of the page
	 * @throws IllegalArgumentException for hOCR that is not well-formed
	 */
	public static Optional<CorrectedHocr> of(String hocr, List<LineCorrection> corrections) {
		List<HocrLine> lines = HocrLines.of(hocr);
		boolean any = lines.stream()
			.anyMatch((line) -> line.box() != null && CorrectedLines.matching(line.box(), corrections).isPresent());
		int[] size = HocrWords.pageSize(hocr);
		if (!any || size == null) {
			return Optional.empty();
		}
		List<HocrLine> corrected = CorrectedLines.apply(lines, corrections).stream().map(CorrectedHocr::boxed).toList();
		Matcher dpi = SCAN_RES.matcher(hocr);
		String element = HocrPage.write(corrected, size[0], size[1],
				dpi.find() ? Integer.parseInt(dpi.group(1)) : DEFAULT_DPI);
		return Optional.of(new CorrectedHocr(element, text(corrected)));
	}

	/** The text of the lines, one to a line. */
	public static String text(List<HocrLine> lines) {
		return String.join("\n", lines.stream().map(CorrectedLines::text).toList()) + "\n";
	}

	/** A line outside any line box (hOCR allows it) gets the box around its words. */
	private static HocrLine boxed(HocrLine line) {
		if (line.box() != null) {
			return line;
		}
		List<Box> boxes = line.words().stream().map(HocrWord::box).toList();
		Box around = new Box(boxes.stream().mapToInt(Box::x0).min().orElse(0),
				boxes.stream().mapToInt(Box::y0).min().orElse(0), boxes.stream().mapToInt(Box::x1).max().orElse(0),
				boxes.stream().mapToInt(Box::y1).max().orElse(0));
		return new HocrLine(around, line.baseline(), line.words());
	}

}
