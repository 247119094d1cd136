package vn.luutru.search.records;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A recorded appraisal decision on a file due for review.
 *
 * @param id its number
 * @param fileCode the file
 * @param decision {@code keep} (kept permanently from now on), {@code extend} (kept
 * {@code extendYears} more years) or {@code destroy}
 * @param extendYears the years added by an extension; null otherwise
 * @param reason why, as the appraisal council wrote it
 * @param decidedBy the administrator who recorded it
 * @param decidedAt when
 * @param confirmedBy for a destruction, the second administrator who confirmed it; null
 * until then
 * @param confirmedAt when it was confirmed
 */
record AppraisalDecision(long id, String fileCode, String decision, @Nullable Integer extendYears, String reason,
		String decidedBy, Instant decidedAt, @Nullable String confirmedBy, @Nullable Instant confirmedAt) {

	/** What an administrator sends to record a decision. */
	record Request(@Nullable String decision, @Nullable Integer extendYears, @Nullable String reason) {
	}

}
