package vn.luutru.archive.corrections;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.luutru.archive.hocr.Box;

/**
 * One saved version of a page's corrections: who, when, and each line's text before and
 * after.
 *
 * @param version its number, from 1 for each page
 * @param correctedBy the user who saved it
 * @param correctedAt when
 * @param reverts the version it undid, when it is a revert
 * @param lines the lines it changed
 */
public record CorrectionVersion(int version, String correctedBy, Instant correctedAt, @Nullable Integer reverts,
		List<Line> lines) {

	public CorrectionVersion {
		lines = List.copyOf(lines);
	}

	/**
	 * One line as the version changed it.
	 *
	 * @param box the line's box
	 * @param before its text before
	 * @param after its text after
	 */
	public record Line(Box box, String before, String after) {
	}

}
