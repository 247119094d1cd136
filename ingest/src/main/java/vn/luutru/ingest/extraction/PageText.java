package vn.luutru.ingest.extraction;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import vn.luutru.archive.catalog.SetAsideKind;
import vn.luutru.archive.index.ArchiveEntry.Identifiers;
import vn.luutru.archive.index.ArchiveEntry.PageImage;

/**
 * The text of one page.
 *
 * @param number 1-based page number
 * @param text NFC text
 * @param source where it came from
 * @param confidence mean OCR confidence 0–100 when OCR'd
 * @param hocr the OCR'd words with boxes and confidences (hOCR {@code ocr_page}), when
 * OCR'd
 * @param image how the page's image was read for OCR; null for a text-layer page
 * @param failure why the page could not be read, when it could not
 * @param scan the upright image OCR read, kept in a scratch folder for the searchable
 * PDF; null when not kept
 * @param identifiers what was read out of the text (document numbers, parcels, dates,
 * places); null until they are looked for
 * @param failureKind the kind of {@code failure}, so that a file none of whose pages
 * could be read is set aside with it; null when the page was read
 */
public record PageText(int number, String text, TextSource source, @Nullable Float confidence, @Nullable String hocr,
		@Nullable PageImage image, @Nullable String failure, @Nullable Path scan, @Nullable Identifiers identifiers,
		@Nullable SetAsideKind failureKind) {

	/** A page with its identifiers, failed for a reason of no known kind if it failed. */
	public PageText(int number, String text, TextSource source, @Nullable Float confidence, @Nullable String hocr,
			@Nullable PageImage image, @Nullable String failure, @Nullable Path scan,
			@Nullable Identifiers identifiers) {
		this(number, text, source, confidence, hocr, image, failure, scan, identifiers,
				(failure != null) ? SetAsideKind.OTHER : null);
	}

	/** A page as read, before its identifiers are looked for. */
	public PageText(int number, String text, TextSource source, @Nullable Float confidence, @Nullable String hocr,
			@Nullable PageImage image, @Nullable String failure, @Nullable Path scan) {
		this(number, text, source, confidence, hocr, image, failure, scan, null);
	}

	/** A page whose text came from the PDF's own text layer. */
	static PageText fromTextLayer(int number, String text) {
		return new PageText(number, text, TextSource.TEXT_LAYER, null, null, null, null, null);
	}

	/** A page that could not be read: the rest of its document is kept without it. */
	public static PageText failed(int number, String reason) {
		return failed(number, reason, SetAsideKind.UNREADABLE);
	}

	/** A page that could not be read, for a reason of this kind. */
	public static PageText failed(int number, String reason, SetAsideKind kind) {
		return new PageText(number, "", TextSource.FAILED, null, null, null, reason, null, null, kind);
	}

	/** This page with the identifiers read out of its text. */
	public PageText withIdentifiers(Identifiers identifiers) {
		return new PageText(this.number, this.text, this.source, this.confidence, this.hocr, this.image, this.failure,
				this.scan, identifiers, this.failureKind);
	}

	/** The clockwise turn applied before OCR, in degrees; 0 when none was. */
	public int rotation() {
		return (this.image != null) ? this.image.rotation() : 0;
	}

}
