package vn.luutru.search.documents;

import org.springframework.http.HttpStatus;

import vn.luutru.search.system.ProblemException;

/**
 * A document has no searchable PDF: none of its pages was OCR'd (a born-digital PDF is
 * served as it is, so this is an image whose OCR found no text, a document ingested
 * before searchable PDFs were made, or one whose PDF could not be made).
 */
class NoSearchablePdf extends ProblemException {

	NoSearchablePdf(String id, String textSource) {
		super(HttpStatus.NOT_FOUND, "no-searchable-pdf", "No searchable PDF", "Document '" + id
				+ "' has no searchable PDF (its text came from: " + textSource + "); download the original instead.");
	}

}
