package vn.luutru.ingest.searchable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.corrections.CorrectedHocr;
import vn.luutru.archive.corrections.LineCorrection;
import vn.luutru.archive.corrections.PageCorrections;
import vn.luutru.ingest.extraction.ExtractedProcessor;
import vn.luutru.ingest.extraction.Extraction;
import vn.luutru.ingest.extraction.PageText;

/**
 * Applies officers' stored corrections to pages just read again, before the searchable
 * PDF, the hOCR and the page texts are made from them: a re-OCR never undoes a
 * correction. Lines are matched by their boxes, which a new OCR run moves only a little.
 *
 * @param corrections the stored corrections
 */
public record CorrectionsProcessor(PageCorrections corrections) implements ExtractedProcessor {

	@Override
	public Extraction processExtracted(Extraction.Extracted extracted) {
		DocumentId id = DocumentId.fromSha256(extracted.sha256());
		List<Integer> corrected = this.corrections.pages(id);
		if (corrected.isEmpty()) {
			return extracted;
		}
		List<PageText> pages = new ArrayList<>(extracted.pages().size());
		for (PageText page : extracted.pages()) {
			pages.add((page.hocr() != null && corrected.contains(page.number()))
					? corrected(page, this.corrections.current(id, page.number())) : page);
		}
		return extracted.withPages(pages);
	}

	private static PageText corrected(PageText page, List<LineCorrection> lines) {
		Optional<CorrectedHocr> corrected = CorrectedHocr.of(page.hocr(), lines);
		return corrected
			.map((c) -> new PageText(page.number(), c.text(), page.source(), page.confidence(), c.pageElement(),
					page.image(), page.failure(), page.scan(), page.identifiers()))
			.orElse(page);
	}

}
