package vn.luutru.search.fixity;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.luutru.archive.fixity.FixityReport;

/**
 * A fixity check as the API shows it.
 *
 * @param id the check's number
 * @param startedAt when it started
 * @param finishedAt when it finished; null while it runs, or if its worker died
 * @param startedBy {@code schedule}, or the user who ran {@code luutru fixity}
 * @param filesChecked originals and derivatives read
 * @param bytesChecked their bytes
 * @param intact whether every file was as it was stored
 * @param problems the files that were not, in path order
 */
record FixityResult(long id, Instant startedAt, @Nullable Instant finishedAt, String startedBy, long filesChecked,
		long bytesChecked, boolean intact, List<ProblemFile> problems) {

	static FixityResult of(FixityReport report) {
		return new FixityResult(report.id(), report.startedAt(), report.finishedAt(), report.startedBy(),
				report.filesChecked(), report.bytesChecked(), report.intact(),
				report.problems().stream().map(ProblemFile::of).toList());
	}

	/**
	 * A file that is not as it was stored.
	 *
	 * @param documentId the document it belongs to
	 * @param path where it should be
	 * @param problem {@code missing}, {@code changed} or {@code unreadable}
	 * @param label the problem in Vietnamese, for staff
	 * @param expectedSha256 the checksum it was stored with
	 * @param actualSha256 the checksum it has now; null when it could not be read
	 */
	record ProblemFile(String documentId, String path, String problem, String label, String expectedSha256,
			@Nullable String actualSha256) {

		static ProblemFile of(FixityReport.Problem problem) {
			return new ProblemFile(problem.documentId(), problem.path(), problem.kind().code(), problem.kind().label(),
					problem.expectedSha256(), problem.actualSha256());
		}

	}

}
