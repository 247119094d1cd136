package vn.luutru.ingest.ocr;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How pages are OCR'd.
 *
 * @param languages Tesseract languages joined with {@code +} (default {@code vie+eng}:
 * Vietnamese, with English for the Latin abbreviations and foreign names in reports)
 * @param tessdataPath directory of the {@code .traineddata} files; {@code null} finds it
 * ({@code TESSDATA_PREFIX}, then the Debian and {@code /usr/local} locations)
 * @param dpi resolution PDF pages are rendered at for OCR, and assumed for images that do
 * not state theirs (default 300)
 * @param workers pages OCR'd at once, each by its own Tesseract on its own thread
 * (default 0: one per processor core)
 * @param detectOrientation whether pages fed sideways or upside down are turned upright
 * before their text is kept (default true; false only for batches known to be fed
 * upright)
 * @param uprightShare share of a first reading's words that must be Vietnamese syllables
 * for the page to be taken as upright without Tesseract's orientation check (default 0.7:
 * upright pages read 0.97–1.00, upside-down ones 0.27–0.38); a lower share runs the
 * check, which costs about 0.1 s a page
 * @param uprightMinWords fewest words (of letters) a first reading needs to be judged by
 * its syllables at all (default 20); sparser pages (a cover, a page of figures, a blank
 * page) always get the orientation check
 * @param deskewFromDegrees skew from which a page is levelled before OCR (default 2.0):
 * Tesseract levels lines itself, but from about 2° on finds them badly (benchmark pages
 * at 2°, 3° and 5° read at 6.4 %, 48 % and 80 % character error rate as they came, at 2.4
 * %, 2.2 % and 1.9 % levelled); below that levelling (about 0.12 s a page) made no clear
 * difference
 * @param deskewUpToDegrees largest skew looked for, either way (default 8; 0 turns
 * levelling off)
 */
@ConfigurationProperties("luutru.ocr")
public record OcrProperties(@DefaultValue("vie+eng") String languages, @Nullable Path tessdataPath,
		@DefaultValue("300") int dpi, @DefaultValue("0") int workers, @DefaultValue("true") boolean detectOrientation,
		@DefaultValue("0.7") double uprightShare, @DefaultValue("20") int uprightMinWords,
		@DefaultValue("2.0") double deskewFromDegrees, @DefaultValue("8") double deskewUpToDegrees) {

	/** The defaults, for code and tests that run without Spring. */
	public static OcrProperties defaults() {
		return new OcrProperties("vie+eng", null, 300, 0, true, 0.7, 20, 2.0, 8);
	}

	/** These settings with other languages and workers. */
	public OcrProperties with(String languages, int workers) {
		return new OcrProperties(languages, this.tessdataPath, this.dpi, workers, this.detectOrientation,
				this.uprightShare, this.uprightMinWords, this.deskewFromDegrees, this.deskewUpToDegrees);
	}

	/**
	 * These settings with pages levelled from the given skew on (0 for any skew found).
	 */
	public OcrProperties withDeskewFrom(double degrees) {
		return new OcrProperties(this.languages, this.tessdataPath, this.dpi, this.workers, this.detectOrientation,
				this.uprightShare, this.uprightMinWords, degrees, this.deskewUpToDegrees);
	}

	/** How many pages are OCR'd at once. */
	public int effectiveWorkers() {
		return (this.workers > 0) ? this.workers : Runtime.getRuntime().availableProcessors();
	}

}
