package vn.luutru.ingest.extraction;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * A step of the item processing after extraction: it works on a document whose pages were
 * read, and passes a file set aside on as it is, for the writer to record.
 */
@FunctionalInterface
public interface ExtractedProcessor extends ItemProcessor<Extraction, Extraction> {

	/**
	 * Works on one read document.
	 * @return the document with what this step made of it, or the file set aside with the
	 * reason this step could not do its part
	 * @throws Exception for what is not an expected outcome: the file is set aside by the
	 * step's skip listener
	 */
	Extraction processExtracted(Extraction.Extracted extracted) throws Exception;

	@Override
	default Extraction process(Extraction extraction) throws Exception {
		return (extraction instanceof Extraction.Extracted extracted) ? processExtracted(extracted) : extraction;
	}

}
