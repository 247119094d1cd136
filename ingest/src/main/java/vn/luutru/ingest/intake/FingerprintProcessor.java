package vn.luutru.ingest.intake;

import java.io.IOException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.storage.Fingerprints;

/**
 * Fingerprints a scanned file and filters out one whose bytes the archive already holds,
 * under any name: re-running a folder, or a scanner exporting the same batch twice,
 * indexes nothing twice. An entry the scan folder refused is passed on unread, to be set
 * aside with its reason.
 */
public class FingerprintProcessor implements ItemProcessor<ScannedFile, FingerprintedFile> {

	private static final Logger log = LoggerFactory.getLogger(FingerprintProcessor.class);

	private final Documents documents;

	public FingerprintProcessor(Documents documents) {
		this.documents = documents;
	}

	@Override
	public @Nullable FingerprintedFile process(ScannedFile file) throws IOException {
		if (file.refusal() != null) {
			// Never opened: a FIFO would block the reader, a link could lead anywhere.
			return new FingerprintedFile(file, null);
		}
		String sha256 = Fingerprints.sha256(file.path());
		if (this.documents.containsSha256(sha256)) {
			log.info("Skipping {}: the archive already holds these bytes ({})", file.path(), sha256);
			return null;
		}
		return new FingerprintedFile(file, sha256);
	}

}
