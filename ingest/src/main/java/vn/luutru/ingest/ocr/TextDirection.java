package vn.luutru.ingest.ocr;

/**
 * Which way the text of a reading runs across the image, from where each line's first and
 * last words lie.
 *
 * <p>
 * Tesseract's layout analysis finds the lines of a page fed sideways and, for one of the
 * two sideways turns, reads them correctly without being told, but still reports the text
 * as upright; only the words' boxes, in the image as it came, show that the lines run
 * down the image instead of across it. A page read that way has the right text but would
 * be kept, shown and searched sideways.
 */
final class TextDirection {

	// Votes, in words, for lines running right, down, left and up the image.
	private final long[] votes = new long[4];

	/**
	 * Counts one line by its first and last words' centres.
	 * @param words how many words the line has (lines of one word say nothing)
	 */
	void line(int words, double firstX, double firstY, double lastX, double lastY) {
		if (words < 2) {
			return;
		}
		double dx = lastX - firstX;
		double dy = lastY - firstY;
		int direction = (Math.abs(dx) >= Math.abs(dy)) ? ((dx >= 0) ? 0 : 2) : ((dy > 0) ? 1 : 3);
		this.votes[direction] += words;
	}

	/**
	 * The clockwise turn, in degrees, that makes most lines run left to right: 270 for
	 * lines running down the image (the sheet lay turned a quarter clockwise), 180 for
	 * lines running right to left, 90 for lines running up; 0 without a clear majority of
	 * the words.
	 */
	int turn() {
		long all = this.votes[0] + this.votes[1] + this.votes[2] + this.votes[3];
		for (int direction = 1; direction < 4; direction++) {
			if (this.votes[direction] * 2 > all) {
				return new int[] { 0, 270, 180, 90 }[direction];
			}
		}
		return 0;
	}

}
