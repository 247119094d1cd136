package vn.luutru.search.documents;

/**
 * The scale a page picture is rendered at: enough for the width asked for, never above
 * the page's own maximum, and lowered until the picture fits its pixel budget however
 * long or wide the page claims to be.
 */
final class PictureScale {

	private PictureScale() {
	}

	/**
	 * The scale from points to pixels.
	 * @param widthPoints the page's width as shown (rotation applied)
	 * @param heightPoints its height as shown
	 * @param width the picture width wanted, in pixels
	 * @param maxScale the largest scale (a small page is not blown up beyond it)
	 * @param maxPixels the picture's pixel budget
	 */
	static float of(float widthPoints, float heightPoints, float width, float maxScale, long maxPixels) {
		double w = Math.max(1, Math.abs(widthPoints));
		double h = Math.max(1, Math.abs(heightPoints));
		double scale = Math.min(maxScale, width / w);
		double budget = Math.sqrt(maxPixels / (w * h));
		return (float) Math.min(scale, budget);
	}

}
