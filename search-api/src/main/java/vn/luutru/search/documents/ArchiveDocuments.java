package vn.luutru.search.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;

import vn.luutru.archive.catalog.CatalogedDocument;
import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.catalog.PdfaConformances;
import vn.luutru.archive.hocr.AltoPage;
import vn.luutru.archive.storage.Derivatives;
import vn.luutru.archive.index.DocumentEntry;

/**
 * Answers for one document: its details from the catalogue and the index, and its
 * original file.
 */
@Service
class ArchiveDocuments {

	private static final Logger log = LoggerFactory.getLogger(ArchiveDocuments.class);

	private final Documents catalogue;

	private final IndexedEntries entries;

	private final Derivatives derivatives;

	// Masks personal data in text for users who may not see it.
	private final PersonalDataViews personalData;

	private final PdfaConformances conformances;

	ArchiveDocuments(Documents catalogue, IndexedEntries entries, Derivatives derivatives,
			PersonalDataViews personalData, PdfaConformances conformances) {
		this.catalogue = catalogue;
		this.conformances = conformances;
		this.personalData = personalData;
		this.entries = entries;
		this.derivatives = derivatives;
	}

	/**
	 * The details of a document.
	 * @throws DocumentNotFound when no document has this id, or it is not an id at all
	 * @throws IndexUnavailable when Elasticsearch cannot answer
	 */
	DocumentDetails details(String id) {
		CatalogedDocument document = find(id);
		Optional<DocumentEntry> entry = this.entries.document(document.id());
		return new DocumentDetails(document.id().value(),
				this.personalData.title(document.id().value(), document.title()), document.fileName(),
				document.contentType(), document.sizeBytes(), document.pageCount(), document.textSource(),
				document.ingestedAt(), document.sha256(), entry.map(DocumentEntry::metadata).orElse(Map.of()),
				entry.map(DocumentEntry::identifiers).orElse(null),
				this.entries.pages(document.id(), document.pageCount()),
				this.conformances.find(document.id()).orElse(null));
	}

	/**
	 * The document as a searchable PDF: the searchable PDF/A made from its OCR'd pages,
	 * or, for a PDF whose every page has its own text layer, the original itself.
	 * @throws DocumentNotFound when no document has this id, or it is not an id at all
	 * @throws NoSearchablePdf when neither exists
	 */
	Original searchablePdf(String id) {
		CatalogedDocument document = find(id);
		String name = document.fileName().replaceFirst("(?i)\\.(pdf|tiff?|jpe?g|png)$", "") + ".pdf";
		Path made = this.derivatives.searchablePdf(document.id());
		if (Files.isRegularFile(made)) {
			return new Original(new FileSystemResource(made), MediaType.APPLICATION_PDF, name,
					document.sha256() + "-pdfa");
		}
		if (document.contentType().equals(MediaType.APPLICATION_PDF_VALUE) && document.textSource().equals("text-layer")
				&& Files.isRegularFile(document.storedPath())) {
			return new Original(new FileSystemResource(document.storedPath()), MediaType.APPLICATION_PDF, name,
					document.sha256());
		}
		throw new NoSearchablePdf(id, document.textSource());
	}

	/**
	 * The archive's copy of a document's original file.
	 * @throws DocumentNotFound when no document has this id, or it is not an id at all
	 * @throws OriginalMissing when the catalogue knows the document but its file is gone
	 */
	Original original(String id) {
		CatalogedDocument document = find(id);
		if (!Files.isRegularFile(document.storedPath())) {
			log.warn("Document {}: the original {} is missing", document.id(), document.storedPath());
			throw new OriginalMissing(document.id().value());
		}
		return new Original(new FileSystemResource(document.storedPath()), mediaType(document.contentType()),
				document.fileName(), document.sha256());
	}

	/**
	 * The text read from one page (its text layer or OCR), NFC.
	 * @throws DocumentNotFound when no document has this id, or it has no such page
	 * @throws IndexUnavailable when Elasticsearch cannot answer
	 */
	String pageText(String id, int page) {
		CatalogedDocument document = find(id);
		if (page < 1 || page > document.pageCount()) {
			throw new DocumentNotFound(id, page, document.pageCount());
		}
		return this.entries.pageText(document.id(), page)
			.map((text) -> this.personalData.pageText(id, page, text))
			.orElseThrow(() -> new DocumentNotFound(id, page, document.pageCount()));
	}

	/**
	 * The OCR word boxes and confidences of one page, as an hOCR (XHTML) file, with the
	 * text of personal data masked for users who may not see it.
	 * @throws DocumentNotFound when no document has this id, or it has no such page
	 * @throws NoWordBoxes when the page's text did not come from OCR
	 */
	Resource pageWordBoxes(String id, int page) {
		return new ByteArrayResource(
				this.personalData.wordBoxes(id, page, hocr(id, page)).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The OCR of one page as ALTO v4, converted from its hOCR as stored (corrections
	 * included) after the text of personal data is masked for users who may not see it.
	 * @throws DocumentNotFound when no document has this id, or it has no such page
	 * @throws NoWordBoxes when the page's text did not come from OCR
	 */
	Resource pageAlto(String id, int page) {
		String hocr = this.personalData.wordBoxes(id, page, hocr(id, page));
		return new ByteArrayResource(AltoPage.of(hocr, find(id).fileName(), page).getBytes(StandardCharsets.UTF_8));
	}

	private String hocr(String id, int page) {
		CatalogedDocument document = find(id);
		if (page < 1 || page > document.pageCount()) {
			throw new DocumentNotFound(id, page, document.pageCount());
		}
		Path hocr = this.derivatives.hocr(document.id(), page);
		if (!Files.isRegularFile(hocr)) {
			throw new NoWordBoxes(id, page);
		}
		try {
			return Files.readString(hocr);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the word boxes of page " + page + " of " + id, ex);
		}
	}

	/**
	 * The boxes of the words on a page that a query matches, from its OCR word boxes.
	 * @throws DocumentNotFound when no document has this id, or it has no such page
	 * @throws NoWordBoxes when the page's text did not come from OCR
	 */
	HitBoxes.Page hitBoxes(String id, int page, String query) {
		return this.personalData.hitBoxes(id, page, hocr(id, page), query);
	}

	private CatalogedDocument find(String id) {
		DocumentId documentId;
		try {
			documentId = DocumentId.of(id);
		}
		catch (IllegalArgumentException ex) {
			// Anything not of the id format names no document; a 404 says so without a
			// second error kind.
			throw new DocumentNotFound(id);
		}
		return this.catalogue.find(documentId).orElseThrow(() -> new DocumentNotFound(id));
	}

	private static MediaType mediaType(String contentType) {
		try {
			return MediaType.parseMediaType(contentType);
		}
		catch (InvalidMediaTypeException ex) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
	}

}
