package vn.luutru.ingest.ocr;

import java.awt.image.BufferedImage;

/**
 * Recognises the text of one page image; the only way the rest of the ingestion reaches
 * Tesseract.
 *
 * <p>
 * <strong>Threading:</strong> an instance is <em>not</em> thread-safe. It owns one native
 * Tesseract engine; create one instance per worker thread (from
 * {@link TextRecognizers#get()}) and never share it between threads (tess4j issues
 * <a href="https://github.com/nguyenq/tess4j/issues/53">#53</a> and
 * <a href="https://github.com/nguyenq/tess4j/issues/143">#143</a>: concurrent calls on
 * one engine crash the JVM or mix pages). Close it when the worker ends to free the
 * native memory (~100 MB with {@code vie+eng} models loaded).
 *
 * <p>
 * <strong>OpenMP:</strong> the JVM process must be started with the environment variable
 * {@code OMP_THREAD_LIMIT=1}. Tesseract's own OpenMP threads compete with our page
 * workers: on a 2-core machine one A4 page took 10.96 s without it and 2.09 s with it. An
 * environment variable cannot be set from inside the JVM, so the launcher
 * ({@code ./luutru}) and the failsafe configuration set it; {@link TextRecognizers} logs
 * a warning once when it is missing.
 */
public interface TextRecognizer extends AutoCloseable {

	/**
	 * Recognises the text of a page image.
	 * @param page the page; any image type (converted to 8-bit grey internally)
	 * @param dpi the resolution the page was scanned or rendered at, which Tesseract uses
	 * to judge glyph sizes
	 * @return the text in NFC with the mean word confidence
	 * @throws IllegalArgumentException if {@code dpi} is not positive
	 * @throws IllegalStateException if this recogniser is closed
	 * @throws OcrFailed if Tesseract could not recognise the page
	 */
	RecognizedPage recognize(BufferedImage page, int dpi);

	/**
	 * Recognises a region of a large sheet known to lie upright, without orientation
	 * detection: a map has lettering in every direction (streets, rivers, parcel
	 * numbers), so one region's majority can look sideways while the sheet, scanned
	 * upright, is not; and turning one region would break the mapping of its boxes back
	 * onto the sheet.
	 * @param region the region; any image type
	 * @param dpi the resolution it was read at
	 * @return the text in NFC with the mean word confidence, rotation 0
	 * @throws OcrFailed if Tesseract could not recognise the region
	 */
	default RecognizedPage recognizeUpright(BufferedImage region, int dpi) {
		return recognize(region, dpi);
	}

	/**
	 * Frees the native engine; the recogniser cannot be used afterwards. Closing twice
	 * does nothing.
	 */
	@Override
	void close();

}
