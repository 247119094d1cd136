package vn.luutru.ingest.jobs;

import java.util.List;

import vn.luutru.archive.catalog.PdfaConformances;
import vn.luutru.archive.corrections.PageCorrections;
import vn.luutru.archive.identifiers.IdentifierReader;
import vn.luutru.archive.storage.Derivatives;
import vn.luutru.archive.storage.PageTexts;
import vn.luutru.archive.storage.StoredFiles;
import vn.luutru.ingest.extraction.ExtractedProcessor;
import vn.luutru.ingest.indexing.IdentifiersProcessor;
import vn.luutru.ingest.maps.MapFootprintProcessor;
import vn.luutru.ingest.maps.MapTilesProcessor;
import vn.luutru.ingest.maps.PageTilesProcessor;
import vn.luutru.ingest.maps.PageTilesProperties;
import vn.luutru.ingest.maps.Tiler;
import vn.luutru.ingest.searchable.BornDigitalPdfaProcessor;
import vn.luutru.ingest.searchable.CorrectionsProcessor;
import vn.luutru.ingest.searchable.HocrProcessor;
import vn.luutru.ingest.searchable.PageTextsProcessor;
import vn.luutru.ingest.searchable.PdfaValidator;
import vn.luutru.ingest.searchable.SearchablePdfProcessor;
import vn.luutru.ingest.searchable.SearchablePdfs;
import vn.luutru.ingest.structure.StructureProcessor;

/**
 * The steps after a file's pages are read, in their order, shared by the ingestion job
 * and by re-reading one document: officers' corrections first, so that every derivative
 * carries them; the table of contents (from the corrected text); then every page's image
 * service, cut from the page scans before the searchable PDF (which owns the page scans
 * and deletes them), a born-digital PDF's PDF/A check and derivative, the word boxes, the
 * map tiles and footprint, the page texts (after every step that may change a page: the
 * index is rebuilt from these) and the identifiers.
 */
final class DerivativeSteps {

	private DerivativeSteps() {
	}

	static List<ExtractedProcessor> of(PageCorrections corrections, SearchablePdfs pdfs, Derivatives derivatives,
			StoredFiles storedFiles, Tiler tiler, int mapPdfDpi, PageTexts pageTexts, IdentifierReader identifiers,
			PdfaConformances conformances, PageTilesProperties pageTiles, long maxRenderPixels) {
		MapTilesProcessor maps = new MapTilesProcessor(tiler, derivatives, mapPdfDpi);
		return List.of(new CorrectionsProcessor(corrections), new StructureProcessor(derivatives),
				PageTilesProcessor.of(pageTiles, derivatives, maps, maxRenderPixels),
				new SearchablePdfProcessor(pdfs, derivatives, storedFiles),
				// After it: a PDF with OCR'd pages has its PDF/A already.
				new BornDigitalPdfaProcessor(new PdfaValidator(), pdfs, derivatives, storedFiles, conformances),
				new HocrProcessor(derivatives, storedFiles), maps,
				// Before the page texts, which keep the file's metadata it adds to.
				new MapFootprintProcessor(), new PageTextsProcessor(pageTexts), new IdentifiersProcessor(identifiers));
	}

}
