package vn.luutru.ingest.jobs;

import org.junit.jupiter.api.Test;

import vn.luutru.archive.jobs.IngestProgress;
import vn.luutru.ingest.extraction.PagesInProgress;
import vn.luutru.ingest.intake.FolderReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web server reads a job's totals from the step's execution context under the keys
 * the archive names; the job writes them under its own. They must stay the same words.
 */
class ProgressKeysTests {

	@Test
	void theJobWritesItsCountsUnderTheKeysProgressIsReadFrom() {
		assertThat(FolderReader.TOTAL).isEqualTo(IngestProgress.FILES_TOTAL);
		assertThat(FolderReader.PAGES_TOTAL).isEqualTo(IngestProgress.PAGES_TOTAL);
		assertThat(PagesInProgress.PAGES_READ).isEqualTo(IngestProgress.PAGES_READ);
	}

}
