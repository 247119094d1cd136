package vn.luutru.search.documents;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.luutru.search.audit.AuditedAction;

/**
 * {@code /api/documents/{id}}: one document's details and its original file.
 */
@RestController
@RequestMapping("/api/documents")
class DocumentController {

	private final ArchiveDocuments documents;

	private final PageImages pageImages;

	private final ApplicationEventPublisher events;

	// Blacks out or withholds personal data in pictures and files.
	private final PersonalDataPictures personalData;

	DocumentController(ArchiveDocuments documents, PageImages pageImages, PersonalDataPictures personalData,
			ApplicationEventPublisher events) {
		this.documents = documents;
		this.pageImages = pageImages;
		this.personalData = personalData;
		this.events = events;
	}

	@GetMapping("/{id}")
	DocumentDetails details(@PathVariable String id) {
		return this.documents.details(id);
	}

	/** The text read from one page, 1-based, as UTF-8 plain text. */
	@GetMapping(path = "/{id}/pages/{page}/text", produces = "text/plain;charset=UTF-8")
	String pageText(@PathVariable String id, @PathVariable int page) {
		return this.documents.pageText(id, page);
	}

	/**
	 * The boxes, in the page image's pixels, of the words on one page that a query
	 * matches, for drawing them over the image.
	 */
	@GetMapping("/{id}/pages/{page}/hits")
	HitBoxes.Page hits(@PathVariable String id, @PathVariable int page, @RequestParam String q) {
		return this.documents.hitBoxes(id, page, q);
	}

	/** One page as a JPEG picture, rendered from the document's searchable PDF. */
	@GetMapping(path = "/{id}/pages/{page}/image", produces = MediaType.IMAGE_JPEG_VALUE)
	ResponseEntity<byte[]> pageImage(@PathVariable String id, @PathVariable int page) {
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_JPEG)
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(this.personalData.page(id, page, () -> this.pageImages.jpeg(id, page), true).jpeg());
	}

	/**
	 * One page as a small JPEG for lists of search results; a document's pages do not
	 * change once ingested, so browsers keep it for a day.
	 */
	@GetMapping(path = "/{id}/pages/{page}/thumbnail", produces = MediaType.IMAGE_JPEG_VALUE)
	ResponseEntity<byte[]> thumbnail(@PathVariable String id, @PathVariable int page) {
		PersonalDataPictures.Picture picture = this.personalData.page(id, page,
				() -> this.pageImages.thumbnail(id, page), false);
		// One with personal data is not kept: the next user of the browser may not see
		// it.
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_JPEG)
			.cacheControl(picture.personal() ? CacheControl.noCache().cachePrivate()
					: CacheControl.maxAge(java.time.Duration.ofDays(1)).cachePrivate())
			.body(picture.jpeg());
	}

	/** The OCR word boxes and confidences of one page, 1-based, as hOCR (XHTML). */
	@GetMapping(path = "/{id}/pages/{page}/ocr", produces = "application/xhtml+xml;charset=UTF-8")
	ResponseEntity<Resource> pageWordBoxes(@PathVariable String id, @PathVariable int page) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/xhtml+xml;charset=UTF-8"))
			.body(this.documents.pageWordBoxes(id, page));
	}

	/**
	 * The OCR of one page, 1-based, as ALTO v4 XML, converted from the same hOCR (so the
	 * same corrections and masks apply).
	 */
	@GetMapping(path = "/{id}/pages/{page}/alto", produces = "application/xml;charset=UTF-8")
	ResponseEntity<Resource> pageAlto(@PathVariable String id, @PathVariable int page) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/xml;charset=UTF-8"))
			.body(this.documents.pageAlto(id, page));
	}

	/**
	 * The document as a searchable PDF/A (its scans with the OCR text laid invisibly on
	 * the words), or a born-digital PDF as it is.
	 */
	@GetMapping("/{id}/pdf")
	ResponseEntity<Resource> searchablePdf(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.RANGE, required = false) @Nullable String range) {
		Original pdf = this.personalData.file(id, this.documents.searchablePdf(id));
		audited("document.pdf.view", id, range);
		return inline(pdf);
	}

	/**
	 * The original bytes. Returning a {@link Resource} lets Spring answer {@code Range}
	 * requests (206) and {@code If-None-Match} (304 on the SHA-256 ETag), which PDF
	 * viewers and large TIFFs rely on.
	 */
	@GetMapping("/{id}/file")
	ResponseEntity<Resource> file(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.RANGE, required = false) @Nullable String range) {
		Original original = this.personalData.file(id, this.documents.original(id));
		audited("document.original.view", id, range);
		return inline(original);
	}

	/**
	 * Audits a view of a whole file: once per opening, not for each further range a PDF
	 * viewer or a large TIFF reader asks for while it reads.
	 */
	private void audited(String action, String id, @Nullable String range) {
		if (range == null || range.replace(" ", "").startsWith("bytes=0-")) {
			this.events.publishEvent(AuditedAction.of(action, "document", id));
		}
	}

	private static ResponseEntity<Resource> inline(Original original) {
		return ResponseEntity.ok()
			.contentType(original.contentType())
			.eTag(original.sha256())
			// Revalidate every time: the bytes never change, but who may see them can.
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(original.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(original.file());
	}

}
