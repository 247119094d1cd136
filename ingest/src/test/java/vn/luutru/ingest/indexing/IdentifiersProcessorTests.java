package vn.luutru.ingest.indexing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.luutru.archive.identifiers.IdentifierReader;
import vn.luutru.archive.identifiers.IdentifiersProperties;
import vn.luutru.ingest.extraction.Extraction;
import vn.luutru.ingest.extraction.PageText;
import vn.luutru.ingest.extraction.TextSource;
import vn.luutru.ingest.intake.FingerprintedFile;
import vn.luutru.ingest.intake.ScannedFile;
import vn.luutru.ingest.metadata.FileMetadata;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifiersProcessorTests {

	final IdentifiersProcessor processor = new IdentifiersProcessor(
			new IdentifierReader(IdentifiersProperties.defaults()));

	static final FingerprintedFile FILE = new FingerprintedFile(new ScannedFile(Path.of("/scans/tb.pdf"), 10), "ab12");

	@Test
	void everyPageGetsTheIdentifiersReadOutOfItsText() throws Exception {
		Extraction.Extracted read = new Extraction.Extracted(FILE, new FileMetadata("application/pdf", null, Map.of()),
				List.of(page(1, "THÔNG BÁO\nSố: 977/TB-STNMT"), page(2, "thửa đất số 125, tờ bản đồ số 12")), null);

		Extraction.Extracted processed = (Extraction.Extracted) this.processor.process(read);

		assertThat(processed.pages()).extracting(PageText::text)
			.containsExactly(read.pages().get(0).text(), read.pages().get(1).text());
		assertThat(processed.pages().get(0).identifiers()).isNotNull()
			.satisfies((identifiers) -> assertThat(identifiers.documentNumbers()).containsExactly("977/TB-STNMT"));
		assertThat(processed.pages().get(1).identifiers()).isNotNull()
			.satisfies((identifiers) -> assertThat(identifiers.parcels()).containsExactly("12/125"));
	}

	@Test
	void aFileSetAsideIsPassedOnAsItIs() throws Exception {
		Extraction.Failed failed = new Extraction.Failed(FILE, "tệp hỏng");

		assertThat(this.processor.process(failed)).isSameAs(failed);
	}

	static PageText page(int number, String text) {
		return new PageText(number, text, TextSource.TEXT_LAYER, null, null, null, null, null);
	}

}
