package vn.luutru.search.corrections;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.luutru.archive.hocr.Box;

/**
 * The lines an officer corrected on a page; lines left as they were need not be sent.
 *
 * @param lines each corrected line's box, as the page's lines gave it, and its new text
 */
record CorrectionRequest(@Nullable List<Line> lines) {

	/**
	 * One corrected line.
	 *
	 * @param box the line's box
	 * @param text its corrected text
	 */
	record Line(@Nullable Box box, @Nullable String text) {
	}

}
