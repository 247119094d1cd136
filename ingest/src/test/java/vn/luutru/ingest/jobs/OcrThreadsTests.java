package vn.luutru.ingest.jobs;

import org.junit.jupiter.api.Test;

import vn.luutru.ingest.ocr.OcrProperties;

import static org.assertj.core.api.Assertions.assertThat;

class OcrThreadsTests {

	@Test
	void jobsOfOneWorkerShareItsOcrThreadsRatherThanMultiplyThem() {
		OcrProperties eight = OcrProperties.defaults().with("vie", 8);

		assertThat(IngestJobConfiguration.ocrThreads(eight, 1)).isEqualTo(8);
		assertThat(IngestJobConfiguration.ocrThreads(eight, 2)).isEqualTo(4);
		assertThat(IngestJobConfiguration.ocrThreads(eight, 3)).isEqualTo(2);
		// Never none: more jobs than threads each still read pages.
		assertThat(IngestJobConfiguration.ocrThreads(OcrProperties.defaults().with("vie", 2), 4)).isEqualTo(1);
	}

}
