package vn.luutru.ingest.limits;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The resolution a PDF page is rendered at within a pixel budget: the wanted resolution
 * when the page fits, lowered until it does otherwise (an A0 map, or a page whose box
 * claims to be 200 inches a side), so a render is never refused for its size when a
 * coarser one can be made.
 */
public final class RenderBudget {

	/** Below this a page is a smudge: refuse rather than render nothing useful. */
	private static final float MIN_DPI = 1f;

	private RenderBudget() {
	}

	/**
	 * The resolution to render a page of this box at.
	 * @param box the page's crop box, in points
	 * @param wantedDpi the resolution asked for
	 * @param maxPixels the most pixels the rendered page may have
	 * @throws IllegalArgumentException when even {@value #MIN_DPI} dpi would exceed the
	 * budget
	 */
	public static float dpi(PDRectangle box, float wantedDpi, long maxPixels) {
		double inches = Math.abs((double) box.getWidth() / 72.0 * box.getHeight() / 72.0);
		double pixels = inches * wantedDpi * wantedDpi;
		if (pixels <= maxPixels) {
			return wantedDpi;
		}
		float dpi = (float) Math.floor(Math.sqrt(maxPixels / inches) * 100) / 100f;
		if (dpi < MIN_DPI) {
			throw new IllegalArgumentException("trang rộng %.0f × %.0f điểm, không dựng được trong giới hạn %d điểm ảnh"
				.formatted(box.getWidth(), box.getHeight(), maxPixels));
		}
		return dpi;
	}

}
