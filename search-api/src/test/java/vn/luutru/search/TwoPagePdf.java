package vn.luutru.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import vn.luutru.archive.catalog.CatalogedDocument;
import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.catalog.Documents;

/**
 * A born-digital letter of two pages, an A4 page upright and one landscape, in the
 * catalogue: the text document whose page pictures and manifest the tests read.
 */
public final class TwoPagePdf {

	private TwoPagePdf() {
	}

	/**
	 * Catalogues the letter under {@code id}, written into {@code folder}, unless the
	 * catalogue has it already.
	 * @return the file the catalogue holds for it
	 */
	public static Path catalogued(Documents catalogue, String id, Path folder, String title) throws IOException {
		DocumentId documentId = DocumentId.of(id);
		Optional<CatalogedDocument> known = catalogue.find(documentId);
		if (known.isPresent()) {
			return known.get().storedPath();
		}
		Path pdf = folder.resolve("cong-van-" + id + ".pdf");
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage(PDRectangle.A4));
			document.addPage(new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())));
			document.save(pdf.toFile());
		}
		catalogue.add(new CatalogedDocument(documentId, id + "f".repeat(40), "cong-van.pdf", pdf, pdf,
				"application/pdf", Files.size(pdf), 2, title, "text-layer", Instant.now(), 0));
		return pdf;
	}

}
