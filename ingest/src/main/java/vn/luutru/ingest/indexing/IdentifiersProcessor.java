package vn.luutru.ingest.indexing;

import vn.luutru.archive.identifiers.IdentifierReader;
import vn.luutru.ingest.extraction.ExtractedProcessor;
import vn.luutru.ingest.extraction.Extraction;

/**
 * Reads the identifiers out of every page's text (document numbers and symbols, dossier
 * codes, parcels and map sheets, dates, places, the document kind), for the index's
 * filters and the dossier suggestions.
 *
 * @param identifiers the reader
 */
public record IdentifiersProcessor(IdentifierReader identifiers) implements ExtractedProcessor {

	@Override
	public Extraction processExtracted(Extraction.Extracted extracted) {
		return extracted.withPages(extracted.pages()
			.stream()
			.map((page) -> page.withIdentifiers(this.identifiers.read(page.text())))
			.toList());
	}

}
