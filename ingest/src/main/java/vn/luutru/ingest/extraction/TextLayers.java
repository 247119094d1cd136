package vn.luutru.ingest.extraction;

/**
 * Decides whether a PDF page's text layer is real text worth keeping, or a scan to OCR.
 *
 * <p>
 * Scanners and "print to PDF" tools often add an empty or near-empty text layer (a page
 * number, a stamp's caption) to what is really an image; such a page is OCR'd.
 */
final class TextLayers {

	private TextLayers() {
	}

	/**
	 * Whether a page's text layer has enough letters to be the page's text.
	 * @param text the text layer
	 * @param minLetters letters needed (configuration:
	 * {@code luutru.extraction.min-text-layer-letters})
	 */
	static boolean isReal(String text, int minLetters) {
		return text.codePoints().filter(Character::isLetter).limit(minLetters).count() >= minLetters;
	}

}
