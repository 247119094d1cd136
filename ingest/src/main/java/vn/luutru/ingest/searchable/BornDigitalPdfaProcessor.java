package vn.luutru.ingest.searchable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.catalog.PdfaConformance;
import vn.luutru.archive.catalog.PdfaConformances;
import vn.luutru.archive.storage.Derivatives;
import vn.luutru.archive.storage.StoredFiles;
import vn.luutru.ingest.extraction.Extraction;
import vn.luutru.ingest.extraction.ExtractedProcessor;
import vn.luutru.ingest.extraction.PageScans;
import vn.luutru.ingest.extraction.TextSource;

/**
 * Checks every PDF original against PDF/A with veraPDF and records what it found; for a
 * born-digital PDF that does not conform (and has no searchable PDF/A made from its
 * scans), makes a PDF/A-2u derivative in the searchable PDF's place, checks it too and
 * records its flavour when it passes. Runs after {@link SearchablePdfProcessor}. A
 * derivative that cannot be made leaves the document as it came, with the finding
 * recorded.
 *
 * @param validator checks PDFs
 * @param pdfs makes the derivative
 * @param derivatives where it goes
 * @param storedFiles where it is recorded for the fixity check
 * @param conformances where the finding is recorded
 */
public record BornDigitalPdfaProcessor(PdfaValidator validator, SearchablePdfs pdfs, Derivatives derivatives,
		StoredFiles storedFiles, PdfaConformances conformances) implements ExtractedProcessor {

	private static final Logger log = LoggerFactory.getLogger(BornDigitalPdfaProcessor.class);

	@Override
	public Extraction processExtracted(Extraction.Extracted extracted) throws IOException {
		if (!extracted.metadata().isPdf()) {
			return extracted;
		}
		DocumentId id = DocumentId.fromSha256(extracted.sha256());
		PdfaConformance found = this.validator.check(extracted.file().path());
		Path target = this.derivatives.searchablePdf(id);
		if (!found.conforming() && this.pdfs.enabled() && !Files.isRegularFile(target)) {
			found = found.withDerivative(derivative(extracted, id, target));
		}
		this.conformances.record(id, found);
		log.info("Document {}: {} PDF/A derivative: {}", id, found.summary(), found.derivativeFlavour());
		return extracted;
	}

	private @org.jspecify.annotations.Nullable String derivative(Extraction.Extracted extracted, DocumentId id,
			Path target) throws IOException {
		// Whatever fails here, the document goes on as it came, with its finding
		// recorded.
		List<SearchablePdfs.SourcePage> pages = extracted.pages()
			.stream()
			.map((page) -> new SearchablePdfs.SourcePage(page.number(), null, 0, null,
					(page.source() == TextSource.TEXT_LAYER) ? page.text() : null))
			.toList();
		Path scratch = null;
		try {
			scratch = Files.createTempDirectory("luutru-pdfa-");
			Files.createDirectories(target.getParent());
			this.pdfs.writeRendered(target, extracted.title(), pages, extracted.file().path(), scratch);
			PdfaConformance made = this.validator.check(target, PDFAFlavour.PDFA_2_U);
			if (!made.conforming()) {
				log.warn("Document {}: the PDF/A derivative did not pass: {}", id, made.summary());
				Files.deleteIfExists(target);
				return null;
			}
			this.storedFiles.record(id, target);
			return made.claimedFlavour();
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Document {}: no PDF/A derivative could be made: {}", id, ex.toString());
			Files.deleteIfExists(target);
			return null;
		}
		finally {
			if (scratch != null) {
				PageScans.delete(scratch);
			}
		}
	}

}
