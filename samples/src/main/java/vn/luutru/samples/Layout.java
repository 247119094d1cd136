package vn.luutru.samples;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lays a {@link SamplePage} out on an A4 sheet, in points from the top-left corner, with
 * the margins of Decree 30/2020/NĐ-CP (left 30 mm, right 15 mm, top and bottom 20 mm).
 */
final class Layout {

	static final float PAGE_WIDTH = 595.28f;

	static final float PAGE_HEIGHT = 841.89f;

	private static final float MM = 72 / 25.4f;

	private static final float LEFT = 30 * MM;

	private static final float TOP = 20 * MM;

	private static final float TEXT_WIDTH = PAGE_WIDTH - LEFT - 15 * MM;

	private static final float BOTTOM = PAGE_HEIGHT - 20 * MM;

	private static final float LEADING = 1.4f;

	private Layout() {
	}

	/** A line of text placed on the page. */
	record PlacedLine(String text, Style style, float x, float baseline) {
	}

	/**
	 * The width of a text in a style, in points, as the output (Java2D or PDF) will draw
	 * it.
	 */
	@FunctionalInterface
	interface TextMeasure {

		float width(String text, Style style);

	}

	static List<PlacedLine> lay(SamplePage page, TextMeasure measure) {
		List<PlacedLine> lines = new ArrayList<>();
		float y = TOP;
		for (SamplePage.Section section : page.sections()) {
			y = switch (section) {
				case SamplePage.Body body -> place(body.items(), LEFT, TEXT_WIDTH, y, measure, lines);
				case SamplePage.Columns columns ->
					Math.max(place(columns.left(), LEFT, TEXT_WIDTH * 0.44f, y, measure, lines),
							place(columns.right(), LEFT + TEXT_WIDTH * 0.44f, TEXT_WIDTH * 0.56f, y, measure, lines));
			};
			y += 10;
		}
		if (y > BOTTOM + 10) {
			// The sample texts are ours: a page that overflows is a mistake in them, not
			// a case to handle.
			throw new IllegalStateException("Sample page overflows the sheet by " + (y - BOTTOM) + " pt");
		}
		// Top to bottom, then left to right: the order a PDF's text layer then reads in,
		// as OCR reads a scan.
		lines.sort(Comparator.comparingDouble(PlacedLine::baseline).thenComparingDouble(PlacedLine::x));
		return lines;
	}

	private static float place(List<Paragraph> paragraphs, float x, float width, float top, TextMeasure measure,
			List<PlacedLine> lines) {
		float y = top;
		for (Paragraph paragraph : paragraphs) {
			y += paragraph.spaceBefore();
			for (String line : wrap(paragraph.text(), paragraph.style(), width, measure)) {
				float lineWidth = measure.width(line, paragraph.style());
				float left = paragraph.centered() ? x + (width - lineWidth) / 2 : x;
				y += paragraph.style().size() * LEADING;
				lines.add(new PlacedLine(line, paragraph.style(), left, y));
			}
		}
		return y;
	}

	private static List<String> wrap(String text, Style style, float width, TextMeasure measure) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (!line.isEmpty() && measure.width(candidate, style) > width) {
				lines.add(line.toString());
				line.setLength(0);
				line.append(word);
			}
			else {
				line.setLength(0);
				line.append(candidate);
			}
		}
		lines.add(line.toString());
		return lines;
	}

}
