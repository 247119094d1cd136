package vn.luutru.archive.hocr;

import java.util.List;

/**
 * Writes an hOCR {@code ocr_page} element in the shape Tesseract writes, one block and
 * paragraph to a line as Tesseract makes of isolated lettering, so that every reader of
 * Tesseract's hOCR reads it unchanged.
 */
public final class HocrPage {

	private HocrPage() {
	}

	/**
	 * The page element.
	 * @param lines its lines, each with a box
	 * @param width the width of the image the boxes are in
	 * @param height its height
	 * @param dpi its resolution
	 */
	public static String write(List<HocrLine> lines, int width, int height, int dpi) {
		StringBuilder hocr = new StringBuilder();
		hocr.append(
				"  <div class='ocr_page' id='page_1' title='image \"\"; bbox 0 0 %d %d; ppageno 0; scan_res %d %d'>\n"
					.formatted(width, height, dpi, dpi));
		int wordNumber = 1;
		for (int i = 0; i < lines.size(); i++) {
			HocrLine line = lines.get(i);
			Box box = line.box();
			if (box == null) {
				throw new IllegalArgumentException("Line " + (i + 1) + " has no box");
			}
			int n = i + 1;
			hocr.append("   <div class='ocr_carea' id='block_1_%d' title=\"%s\">\n".formatted(n, box.hocr()));
			hocr.append("    <p class='ocr_par' id='par_1_%d' lang='vie' title=\"%s\">\n".formatted(n, box.hocr()));
			hocr.append("     <span class='ocr_line' id='line_1_%d' title=\"%s; %s; x_size %d\">\n".formatted(n,
					box.hocr(), line.baseline().hocr(), box.y1() - box.y0()));
			for (HocrWord word : line.words()) {
				hocr.append("      <span class='ocrx_word' id='word_1_%d' title='%s; x_wconf %d'>%s</span>\n"
					.formatted(wordNumber++, word.box().hocr(), word.confidence(), escape(word.text())));
			}
			hocr.append("     </span>\n    </p>\n   </div>\n");
		}
		hocr.append("  </div>\n");
		return hocr.toString();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("'", "&#39;")
			.replace("\"", "&quot;");
	}

}
